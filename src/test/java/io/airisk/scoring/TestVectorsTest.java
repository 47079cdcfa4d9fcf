package io.airisk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published test vectors ({@code examples/test-vectors.json}) replayed through the API: each
 * vector scores to its index, band and range, to the cent, and the result writes the same vector.
 */
@QuarkusTest
class TestVectorsTest {

    private final Api client = Api.as(TestKeys.ADMIN);

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode entry :
                new ObjectMapper().readTree(TestVectors.FILE.toFile()).path("vectors")) {
            cases.add(Arguments.of(entry.path("name").asText(), entry));
        }
        return cases.stream();
    }

    @Test
    void shouldCoverEveryShippedVersion() throws IOException {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "questionnaires"))) {
            shipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("v\\d+\\.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .toList();
        }
        List<String> covered = vectors()
                .map(c -> ((JsonNode) c.get()[1]).path("vector").asText())
                .map(vector -> "v" + vector.substring("AIRISK:".length(), vector.indexOf('.')))
                .distinct()
                .toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    void shouldShowTheWorkedExamplesVectorInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        JsonNode worked = vectors()
                .map(c -> (JsonNode) c.get()[1])
                .filter(entry -> entry.path("name").asText().startsWith("v3: the worked example"))
                .findFirst()
                .orElseThrow();

        assertThat(readme)
                .contains("\n" + worked.path("vector").asText() + "\n")
                .contains("(" + worked.path("overallRisk").asText() + ", "
                        + worked.path("band").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void shouldScoreAsPublished(String name, JsonNode entry) {
        JsonPath result = client.score(Map.of("vector", entry.path("vector").asText()))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(result.getDouble("overallRisk"))
                .isEqualTo(entry.path("overallRisk").doubleValue());
        assertThat(result.getString("band")).isEqualTo(entry.path("band").asText());
        assertThat(result.getDouble("range.low"))
                .isEqualTo(entry.path("range").path("low").doubleValue());
        assertThat(result.getDouble("range.high"))
                .isEqualTo(entry.path("range").path("high").doubleValue());
        assertThat(result.getString("vector")).isEqualTo(entry.path("vector").asText());
    }
}
