package io.airisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawJsonSerializerTest {

    record Holder(
            String before,
            @JsonSerialize(using = RawJsonSerializer.class) String stored,
            int after) {}

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 3_000, 20_000})
    void shouldWriteStoredJsonAsItIsBetweenOtherFieldsWhateverItsLength(int entries) throws Exception {
        StringBuilder stored = new StringBuilder("{");
        for (int i = 0; i < entries; i++) {
            stored.append(i == 0 ? "" : ",")
                    .append("\"q")
                    .append(i)
                    .append("\":\"Zürich — ✓ ")
                    .append(i)
                    .append('"');
        }
        String json = stored.append('}').toString();

        byte[] written = mapper.writeValueAsBytes(new Holder("é", json, 7));

        JsonNode tree = mapper.readTree(written);
        assertThat(tree.get("before").asText()).isEqualTo("é");
        assertThat(tree.get("after").asInt()).isEqualTo(7);
        assertThat(tree.get("stored")).isEqualTo(mapper.readTree(json));
        assertThat(new String(written, StandardCharsets.UTF_8)).contains(json);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20_000})
    void shouldWriteTheSameAsJacksonsOwnWriterToAStringToo(int entries) throws Exception {
        String json = "[" + "1,".repeat(entries) + "\"ü\"]";

        String written = mapper.writeValueAsString(new Holder("a", json, 1));

        assertThat(written).isEqualTo("{\"before\":\"a\",\"stored\":" + json + ",\"after\":1}");
    }
}
