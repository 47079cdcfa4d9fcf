package io.airisk.scoring.rest;

import static io.airisk.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The current version (v3) through the API, as a client that names no version uses it. */
@QuarkusTest
class CurrentVersionTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    private static Map<String, Object> workedExample() throws IOException {
        return new ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), new TypeReference<>() {});
    }

    @Test
    void shouldSubmitUnknownAnswersAndReportTheRangeTheyLeave() throws IOException {
        String id = admin.create(
                        Map.of("organization", Map.of("name", Api.organization("Current")), "answers", workedExample()))
                .statusCode(201)
                .body("questionnaireVersion", equalTo("v3"))
                .extract()
                .path("id");

        admin.submit(id)
                .statusCode(200)
                .body("result.questionnaireVersion", equalTo("v3"))
                .body("result.overallRisk", equalTo(65.92f))
                .body("result.band", equalTo("HIGH"))
                .body("result.unknownCount", equalTo(3))
                .body("result.range.low", equalTo(62.4f))
                .body("result.range.high", equalTo(67.18f))
                .body(
                        "result.unknowns.questionId",
                        contains("signals.upgrade_gains", "talent.key_people", "talent.senior_attrition"))
                .body("result.unknowns.rangeNarrowing", contains(2.19f, 1.37f, 1.23f))
                .body("result.bundles.interaction", contains("DEPENDENCE_X_REASONING", "LOCK_IN_X_DEPENDENCE"))
                .body("result.recommendations.reductionPerEffort", everyItem(notNullValue()))
                .body("answers.'talent.senior_attrition'", equalTo("unknown"))
                .body("result.recommendations.because", everyItem(not(List.of())))
                .body("result.recommendations.effort", everyItem(notNullValue()))
                .body("result.recommendations.target", everyItem(notNullValue()))
                .body("result.recommendations.tradeOff", everyItem(notNullValue()));
    }

    @Test
    void shouldRefuseUnknownWhereAQuestionDoesNotAllowIt() {
        admin.score(Map.of("answers", Map.of("llm.production_use", "unknown")))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("llm.production_use"));
    }

    @Test
    void shouldRefuseLlmAnswersFromAnOrganisationWithoutLlms() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("llm.production_use", "none");
        answers.put("reasoning.critical_areas", List.of("regulated"));
        answers.put("reasoning.verification", "none");

        admin.score(Map.of("answers", answers))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("reasoning.critical_areas"))
                .body("errors.field", hasItem("reasoning.verification"));
    }

    @Test
    void shouldScoreAnOrganisationWithoutLlmsAtZeroOnBothLlmDimensions() {
        admin.score(Map.of("answers", Map.of("llm.production_use", "none", "adapt.alternative_approaches", "pilot")))
                .statusCode(200)
                .body("dimensions.find { it.id == 'LLM_DEPENDENCE' }.score", equalTo(0.0f))
                .body("dimensions.find { it.id == 'REASONING_GAP' }.score", equalTo(0.0f))
                .body("recommendations", equalTo(List.of()));
    }

    @Test
    void shouldShowVerificationAsTheFactorOfTheReasoningAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("llm.production_use", "core");
        answers.put("reasoning.critical_areas", List.of("regulated"));
        answers.put("reasoning.verification", "always_independent");
        answers.put("reasoning.reversibility", "all");

        admin.score(Map.of("answers", answers))
                .statusCode(200)
                .body("dimensions.find { it.id == 'REASONING_GAP' }.contributions.factor", contains(0.21f))
                .body(
                        "dimensions.find { it.id == 'REASONING_GAP' }.contributions.questionId",
                        contains("reasoning.critical_areas"));
    }
}
