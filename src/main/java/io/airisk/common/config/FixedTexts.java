package io.airisk.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes texts that come from questionnaire definitions (recommendation titles and rationales,
 * the notice) from a cache of their encoded, escaped form. Every result repeats them, and
 * escaping them again on each response was the largest single cost of serving a score.
 */
final class FixedTexts {

    /** Bounded by the texts of the published definitions; stored results repeat the same texts. */
    private static final int MAX_ENTRIES = 10_000;

    private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    private FixedTexts() {}

    static void write(JsonGenerator generator, String text) throws IOException {
        SerializedString encoded = ENCODED.get(text);
        if (encoded == null) {
            encoded = new SerializedString(text);
            if (ENCODED.size() < MAX_ENTRIES) {
                ENCODED.put(text, encoded);
            }
        }
        generator.writeString(encoded);
    }
}
