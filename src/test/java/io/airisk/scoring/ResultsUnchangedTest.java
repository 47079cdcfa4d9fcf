package io.airisk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answer sets scored by an earlier build ({@code golden/v1-results.json} and
 * {@code golden/v2-results.json}, whose {@code scoredBy} names it), replayed through the API: the
 * same answers on the same version give the same result, to the cent, whatever the code behind it
 * and the versions published after it have become.
 */
@QuarkusTest
class ResultsUnchangedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api admin = Api.as(TestKeys.ADMIN);

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String version : List.of("v1", "v2")) {
            try (InputStream in =
                    ResultsUnchangedTest.class.getResourceAsStream("/golden/" + version + "-results.json")) {
                for (JsonNode entry : JSON.readTree(in).path("cases")) {
                    cases.add(Arguments.of(
                            version + " " + entry.path("name").asText(),
                            version,
                            entry.path("answers"),
                            entry.path("result")));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldScoreAsBefore(String name, String version, JsonNode answers, JsonNode expected) throws IOException {
        String body = admin.score(Map.of("questionnaireVersion", version, "answers", answers))
                .statusCode(200)
                .extract()
                .asString();

        assertSame(expected, JSON.readTree(body));
    }

    /** The complete answer sets: only those can be submitted. */
    static Stream<Arguments> completeCases() throws IOException {
        return cases().filter(c -> ((JsonNode) c.get()[3]).path("completeness").doubleValue() == 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeCases")
    void shouldStoreTheSameResultAtSubmit(String name, String version, JsonNode answers, JsonNode expected)
            throws IOException {
        Map<String, Object> create =
                Api.createBody(Api.organization("Unchanged"), JSON.convertValue(answers, Map.class));
        create.put("questionnaireVersion", version);
        String id = admin.create(create).statusCode(201).extract().path("id");

        String body = admin.submit(id).statusCode(200).extract().asString();

        assertSame(expected, JSON.readTree(body).path("result"));
    }

    /**
     * Every field of the recorded result is there with the same value, numbers compared by value (so
     * that {@code 2} and {@code 2.0} are the same score); fields added to results since are allowed,
     * as the API contract allows additions.
     */
    private static void assertSame(JsonNode expected, JsonNode actual) {
        assertThat(holds(expected, actual))
                .as("expected %s%nbut was  %s", expected, actual)
                .isTrue();
    }

    private static boolean holds(JsonNode expected, JsonNode actual) {
        if (expected instanceof NumericNode x) {
            return actual instanceof NumericNode y && Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (!actual.has(field.getKey()) || !holds(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!holds(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
