package io.airisk.assessment;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving an assessment from v2 to v3 through the API: upgrade a draft, compare a submitted result. */
@QuarkusTest
class VersionMoveResourceTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    private static Map<String, Object> v2WorkedExample() throws IOException {
        return new ObjectMapper()
                .readValue(Path.of("examples", "v2-worked-example-answers.json").toFile(), new TypeReference<>() {});
    }

    private String create(String version, Map<String, Object> answers) {
        Map<String, Object> body = Api.createBody(Api.organization("Move"), answers);
        body.put("questionnaireVersion", version);
        return admin.create(body).statusCode(201).extract().path("id");
    }

    @Test
    void shouldUpgradeADraftCarryingItsAnswersAndListingWhatIsLeft() throws IOException {
        String id = create("v2", v2WorkedExample());

        admin.send("POST", "/api/v1/assessments/" + id + "/upgrade", null)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("fromVersion", equalTo("v2"))
                .body("toVersion", equalTo("v3"))
                .body("assessment.questionnaireVersion", equalTo("v3"))
                .body("assessment.answers.'llm.upgrade_rework'", equalTo("most"))
                .body("assessment.answers.'infra.finetuned_weights'", equalTo("provider_keeps"))
                .body("carried", hasItems("llm.production_use", "talent.long_term_share"))
                .body("unmapped", equalTo(java.util.List.of()))
                .body(
                        "toAnswer",
                        contains(
                                "reasoning.product_reasoning",
                                "reasoning.agent_autonomy",
                                "infra.llm_commitment_size",
                                "talent.long_term_protection",
                                "talent.key_people"));
        admin.get(id).statusCode(200).body("questionnaireVersion", equalTo("v3"));

        // Again: already on the current version, nothing changes.
        admin.send("POST", "/api/v1/assessments/" + id + "/upgrade", null)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("fromVersion", equalTo("v3"));
    }

    @Test
    void shouldRefuseToUpgradeWhatNoVersionMigratesFrom() {
        String id = create("v1", null);

        admin.send("POST", "/api/v1/assessments/" + id + "/upgrade", null)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:airisk:problem:no-migration"))
                .body("detail", containsString("from v1"));
        admin.get(id).statusCode(200).body("questionnaireVersion", equalTo("v1"));
    }

    @Test
    void shouldCompareASubmittedResultUnderV3WithEffectsAddingUpToTheChange() throws IOException {
        String id = create("v2", v2WorkedExample());
        admin.submit(id).statusCode(200).body("result.overallRisk", equalTo(60.67f));
        admin.send("POST", "/api/v1/assessments/" + id + "/upgrade", null)
                .then()
                .statusCode(409);

        JsonNode comparison = admin.expect(200, "GET", "/api/v1/assessments/" + id + "/compare?version=v3", null);

        assertThat(comparison.path("fromIndex").doubleValue()).isEqualTo(60.67);
        assertThat(comparison.path("toIndex").doubleValue()).isEqualTo(69.5);
        assertThat(comparison.path("change").doubleValue()).isEqualTo(8.83);
        long cents = Math.round(comparison.path("methodEffect").doubleValue() * 100);
        for (JsonNode effect : comparison.path("effects")) {
            cents += Math.round(effect.path("effect").doubleValue() * 100);
        }
        assertThat(cents).isEqualTo(883);
        assertThat(comparison.path("result").path("questionnaireVersion").asText())
                .isEqualTo("v3");
        assertThat(comparison.path("needsAnswer")).hasSize(5);
        // Nothing is stored: the assessment is still the v2 result.
        admin.get(id).statusCode(200).body("result.overallRisk", equalTo(60.67f));
    }

    @Test
    void shouldNameWhatIsWrongWithAComparisonRequest() {
        String draft = create("v2", null);
        String v1 = create("v1", Questionnaires.exposedCompany());
        admin.submit(v1).statusCode(200);

        admin.send("GET", "/api/v1/assessments/" + draft + "/compare", null)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("version"));
        admin.send("GET", "/api/v1/assessments/" + draft + "/compare?version=v9", null)
                .then()
                .statusCode(400)
                .body("errors.field", contains("version"));
        admin.send("GET", "/api/v1/assessments/" + draft + "/compare?version=v3", null)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        admin.send("GET", "/api/v1/assessments/00000000-0000-7000-8000-000000000000/compare?version=v3", null)
                .then()
                .statusCode(404);
        admin.send("GET", "/api/v1/assessments/" + v1 + "/compare?version=v3", null)
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:airisk:problem:no-migration"));
    }
}
