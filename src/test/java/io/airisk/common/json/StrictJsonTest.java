package io.airisk.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.airisk.access.KeyRole;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request mapper's strictness and bounds, without the service around it. */
class StrictJsonTest {

    private static final ObjectMapper MAPPER = strict();

    record Role(KeyRole role) {}

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest(name = "role {0}")
    @ValueSource(
            strings = {"2", "\"2\"", "\"ADMIN \"", "\" ADMIN\"", "\"admin\"", "1.0", "true", "[\"ADMIN\"]", "\"\""})
    void shouldReadAnEnumOnlyFromItsExactName(String role) {
        assertThatThrownBy(() -> MAPPER.readValue("{\"role\": " + role + "}", Role.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest(name = "role {0}")
    @ValueSource(strings = {"VIEWER", "EDITOR", "ADMIN"})
    void shouldReadEachName(String role) throws Exception {
        assertThat(MAPPER.readValue("{\"role\": \"" + role + "\"}", Role.class).role())
                .isEqualTo(KeyRole.valueOf(role));
    }

    @ParameterizedTest(name = "a string of {0} characters")
    @ValueSource(ints = {StrictJson.MAX_STRING_LENGTH + 1, 60_000, 1_000_000})
    void shouldRefuseAStringLongerThanAnyFieldWhileParsingIt(int length) {
        String body = "{\"name\": \"" + "a".repeat(length) + "\"}";

        assertThatThrownBy(() -> MAPPER.readValue(body, Map.class)).isInstanceOf(StreamConstraintsException.class);
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {StrictJson.MAX_DEPTH + 1, 10_000})
    void shouldRefuseNestingDeeperThanAnyRequest(int depth) {
        String body = "[".repeat(depth) + "]".repeat(depth);

        assertThatThrownBy(() -> MAPPER.readValue(body, Object.class)).isInstanceOf(StreamConstraintsException.class);
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {1, 4, StrictJson.MAX_DEPTH})
    void shouldReadNestingWithinTheBound(int depth) throws Exception {
        String body = "[".repeat(depth) + "]".repeat(depth);

        assertThat(MAPPER.readValue(body, Object.class)).isNotNull();
    }

    @ParameterizedTest(name = "a string of {0} characters")
    @ValueSource(ints = {0, 400, StrictJson.MAX_STRING_LENGTH})
    void shouldReadAStringWithinTheBound(int length) throws Exception {
        String value = "a".repeat(length);

        assertThat(MAPPER.readValue("{\"name\": \"" + value + "\"}", Map.class)).containsEntry("name", value);
    }
}
