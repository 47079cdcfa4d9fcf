package io.airisk.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes texts that come from questionnaire definitions (recommendation titles and rationales,
 * the notice) from a cache of their encoded, escaped form. Every result repeats them, and
 * escaping them again on each response was the largest single cost of serving a score.
 */
public final class FixedTextSerializer extends StdSerializer<String> {

    /** Bounded by the texts of the published definitions; stored results repeat the same texts. */
    private static final int MAX_ENTRIES = 10_000;

    private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    public FixedTextSerializer() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString encoded = ENCODED.get(value);
        if (encoded == null) {
            encoded = new SerializedString(value);
            if (ENCODED.size() < MAX_ENTRIES) {
                ENCODED.put(value, encoded);
            }
        }
        generator.writeString(encoded);
    }
}
