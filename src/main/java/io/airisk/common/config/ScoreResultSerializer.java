package io.airisk.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.airisk.scoring.engine.ScoreResult;
import java.io.IOException;

/**
 * Lets Jackson write a {@link ScoreResult} (a stored result, when an assessment is submitted) as
 * {@link ScoreResultJson} writes it for a response: one writer for both, so a stored result and
 * a scored one are the same bytes.
 */
public final class ScoreResultSerializer extends StdSerializer<ScoreResult> {

    public ScoreResultSerializer() {
        super(ScoreResult.class);
    }

    @Override
    public void serialize(ScoreResult result, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeRawValue(ScoreResultJson.write(result).toString());
    }
}
