package io.airisk.scoring.rest;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ScoreResourceTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldScoreCompleteAnswersWithExplanationsAndAPlan() {
        JsonPath result = admin.scoreAnswers(Questionnaires.exposedCompany())
                .statusCode(200)
                .body("questionnaireVersion", equalTo("v1"))
                .body("completeness", equalTo(1.0f))
                .body("dimensions.size()", equalTo(6))
                .body("recommendations.size()", greaterThan(0))
                .body("recommendations.reference", everyItem(matchesPattern("R[1-8]")))
                .extract()
                .jsonPath();

        double overall = result.getDouble("overallRisk");
        assertThat(overall).isBetween(0.0, 100.0);
        for (Map<String, Object> dimension : result.<Map<String, Object>>getList("dimensions")) {
            double sum = ((List<Map<String, Number>>) dimension.get("contributions"))
                    .stream().mapToDouble(c -> c.get("points").doubleValue()).sum();
            assertThat(sum)
                    .isCloseTo(
                            ((Number) dimension.get("score")).doubleValue(),
                            org.assertj.core.api.Assertions.within(0.005));
        }
        List<Float> reductions = result.getList("recommendations.expectedRiskReduction", Float.class);
        assertThat(reductions).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void shouldPreviewPartialAnswersWithTheirCompleteness() {
        admin.scoreAnswers(Map.of("llm.production_use", "core", "signals.owner", "nobody"))
                .statusCode(200)
                .body("completeness", greaterThan(0.0f))
                .body("completeness", org.hamcrest.Matchers.lessThan(0.2f));
    }

    @Test
    void shouldRejectAnswersToHiddenQuestionsNamingThem() {
        admin.scoreAnswers(Map.of("llm.production_use", "none", "llm.revenue_share", "over_50"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("llm.revenue_share"));
    }

    @Test
    void shouldRejectAMissingAnswersObject() {
        admin.given()
                .contentType("application/json")
                .body("{\"questionnaireVersion\": \"v1\"}")
                .when()
                .post("/api/v1/scores")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("answers"));
    }

    @Test
    void shouldScoreAnAnswerVectorAsTheAnswersItWritesAndNameItsVersion() throws Exception {
        Map<String, Object> answers = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(
                        java.nio.file.Path.of("examples", "worked-example-answers.json")
                                .toFile(),
                        Map.class);
        JsonPath fromAnswers = admin.score(Map.of("questionnaireVersion", "v3", "answers", answers))
                .statusCode(200)
                .extract()
                .jsonPath();
        String vector = fromAnswers.getString("vector");
        assertThat(vector).startsWith("AIRISK:3.0/LPU:core/LRS:10_to_25/");

        JsonPath fromVector =
                admin.score(Map.of("vector", vector)).statusCode(200).extract().jsonPath();

        assertThat(fromVector.<Object>get("")).isEqualTo(fromAnswers.get(""));
        admin.score(Map.of("vector", vector, "questionnaireVersion", "v3")).statusCode(200);
    }

    @Test
    void shouldNameEveryBadPartOfAVector() {
        admin.score(Map.of("vector", "AIRISK:3.0/LPU:core/XYZ:1/RFI:9/SDT:maybe/LPU:none"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("vector", "vector"))
                .body(
                        "errors.message",
                        contains("'XYZ:1': no question of v3 has the code 'XYZ'", "'LPU:none': LPU is answered twice"));
        admin.score(Map.of("vector", "AIRISK:3.0/LPU:sometimes/RFI:9/SDT:maybe"))
                .statusCode(400)
                .body("errors.field", contains("vector.LPU", "vector.RFI", "vector.SDT"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("llm.production_use "));
        admin.score(Map.of("vector", "AIRISK:3.0/LPU:none/LRS:10_to_25"))
                .statusCode(400)
                .body("errors.field", contains("vector.LRS"));
        admin.score(Map.of("vector", "AIRISK:9.0/LPU:core"))
                .statusCode(400)
                .body("errors.field", contains("vector"))
                .body(
                        "errors[0].message",
                        org.hamcrest.Matchers.containsString("names no published questionnaire version"));
        admin.score(Map.of("vector", "CVSS:3.1/AV:N")).statusCode(400).body("errors.field", contains("vector"));
        admin.score(Map.of("vector", "AIRISK:3.0/LPU:core", "questionnaireVersion", "v2"))
                .statusCode(400)
                .body("errors.field", contains("questionnaireVersion"));
        admin.score(Map.of("vector", "AIRISK:3.0/LPU:core", "answers", Map.of()))
                .statusCode(400)
                .body("errors.field", contains("vector"));
        admin.score(Map.of("vector", "AIRISK:3.0/" + "LPU:core/".repeat(1000)))
                .statusCode(400)
                .contentType(PROBLEM_JSON); // a string above 1,000 characters, refused while parsing
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", ""})
    void shouldRejectAMissingBody(String body) {
        admin.given()
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/scores")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("body"));
    }

    @Test
    @DisabledOnIntegrationTest("v0 is published by the test catalog only")
    void shouldScoreAgainstTheRequestedVersion() {
        admin.score(Map.of("questionnaireVersion", "v0", "answers", Map.of("llm.production_use", "core")))
                .statusCode(200)
                .body("questionnaireVersion", equalTo("v0"));
    }
}
