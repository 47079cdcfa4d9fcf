package io.airisk.assessment;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldReadBackExactlyWhatEachWriteAnswered() {
        // a read writes out the JSON text stored; a write serializes the records it stored: byte for byte the same
        String name = Api.organization("Read back");
        String created = admin.create(Api.createBody(name, Questionnaires.exposedCompany()))
                .statusCode(201)
                .extract()
                .asString();
        String id = JsonPath.from(created).getString("id");

        admin.get(id).statusCode(200).header("ETag", "\"0\"");
        assertThat(admin.get(id).extract().asString()).isEqualTo(created);

        String submitted = admin.submit(id).statusCode(200).extract().asString();
        assertThat(JsonPath.from(submitted).getMap("$")).containsKeys("submittedAt", "result");
        assertThat(admin.get(id).extract().asString()).isEqualTo(submitted);
    }

    @Test
    void shouldCreateADraftWithLocationAndEtag() {
        String name = Api.organization("Acme");

        String location = admin.create(Api.createBody(name, Map.of("llm.production_use", "core")))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", notNullValue())
                .header("ETag", notNullValue())
                .body("id", notNullValue())
                .body("organization.name", equalTo(name))
                .body("organization.industry", equalTo("Manufacturing"))
                .body("questionnaireVersion", equalTo("v1"))
                .body("status", equalTo("DRAFT"))
                .body("answers.'llm.production_use'", equalTo("core"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("$", not(hasKey("result")))
                .body("$", not(hasKey("submittedAt")))
                .extract()
                .header("Location");

        String id = admin.given()
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(location).isEqualTo("/api/v1/assessments/" + id);
    }

    @Test
    void shouldRunTheWholeLifecycle() {
        String id = admin.createDraft(Api.organization("Lifecycle"), Map.of("llm.production_use", "core"));

        Map<String, Object> rest = new LinkedHashMap<>(Questionnaires.exposedCompany());
        rest.remove("llm.production_use");
        admin.patch(id, rest).statusCode(200).body("answers.'infra.commitment_years'", equalTo(3));

        JsonPath submitted = admin.submit(id)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("result.questionnaireVersion", equalTo("v1"))
                .body("result.completeness", equalTo(1.0f))
                .body("result.band", notNullValue())
                .body(
                        "result.dimensions.id",
                        containsInAnyOrder(
                                "LLM_DEPENDENCE",
                                "REASONING_GAP",
                                "INFRA_LOCK_IN",
                                "ADAPTABILITY",
                                "RESEARCH_TALENT",
                                "SIGNAL_BLINDNESS"))
                .extract()
                .jsonPath();

        JsonPath read = admin.get(id)
                .statusCode(200)
                // Sent whole, in one write, although larger than 8 KB: not in chunks.
                .header("Content-Length", Integer::valueOf, greaterThan(8192))
                .header("Transfer-Encoding", nullValue())
                .extract()
                .jsonPath();
        assertThat(read.getMap("result")).isEqualTo(submitted.getMap("result"));
        JsonPath whatIf = admin.scoreAnswers(Questionnaires.exposedCompany())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getMap("result")).isEqualTo(whatIf.getMap("$"));

        admin.delete(id).statusCode(204);
        admin.get(id).statusCode(404).contentType(PROBLEM_JSON);
        admin.delete(id).statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldMergePatchesAndRemoveAnswersSetToNull() {
        String id = admin.createDraft(
                Api.organization("Patch"), Map.of("llm.production_use", "core", "signals.owner", "nobody"));
        Map<String, Object> changes = new HashMap<>();
        changes.put("signals.owner", null);
        changes.put("llm.revenue_share", "over_50");

        admin.patch(id, changes)
                .statusCode(200)
                .body("answers.'llm.production_use'", equalTo("core"))
                .body("answers.'llm.revenue_share'", equalTo("over_50"))
                .body("answers", not(hasKey("signals.owner")));
    }

    @Test
    void shouldIncreaseTheVersionAndEtagWithEveryChange() {
        String id = admin.createDraft(Api.organization("Version"), Map.of());
        String before = admin.get(id).extract().header("ETag");

        admin.patch(id, Map.of("signals.owner", "nobody")).statusCode(200);

        String after = admin.get(id).extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        admin.get(id).body("version", equalTo(1));
    }

    @Test
    void shouldKeepHiddenAnswersInADraftButDropThemAtSubmit() {
        Map<String, Object> answers = new LinkedHashMap<>(Questionnaires.exposedCompany());
        String id = admin.createDraft(Api.organization("Hidden"), answers);

        admin.patch(id, Map.of("llm.production_use", "none"))
                .statusCode(200)
                .body("answers.'llm.revenue_share'", equalTo("10_to_50"));

        admin.submit(id)
                .statusCode(200)
                .body("answers", not(hasKey("llm.revenue_share")))
                .body("answers", not(hasKey("infra.commitment_years")))
                .body("answers.'llm.production_use'", equalTo("none"))
                .body(
                        "result.dimensions.find { it.id == 'LLM_DEPENDENCE' }.contributions.questionId",
                        contains("llm.production_use"));
    }

    @Test
    void shouldRefuseToSubmitAnIncompleteDraftNamingEachMissingQuestion() {
        Map<String, Object> answers = new LinkedHashMap<>(Questionnaires.exposedCompany());
        answers.remove("signals.owner");
        answers.remove("llm.revenue_share");
        String id = admin.createDraft(Api.organization("Incomplete"), answers);

        admin.submit(id)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("signals.owner", "llm.revenue_share"));

        admin.get(id).statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    @Test
    void shouldMakeASubmittedAssessmentReadOnly() {
        String id = admin.createCompleteDraft(Api.organization("ReadOnly"));
        admin.submit(id).statusCode(200);

        admin.patch(id, Map.of("signals.owner", "nobody"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(409));
        admin.submit(id).statusCode(409).contentType(PROBLEM_JSON);
        admin.get(id).body("answers.'signals.owner'", equalTo("informal"));
        admin.delete(id).statusCode(204);
    }

    @Test
    @DisabledOnIntegrationTest("v0 is published by the test catalog only")
    void shouldPinASubmittedAssessmentToItsQuestionnaireVersion() {
        Map<String, Object> v0Answers = Map.of(
                "llm.production_use",
                "core",
                "reasoning.verification",
                false,
                "infra.commitment_years",
                5,
                "adapt.world_model_pilot",
                false,
                "talent.product_pressure",
                3);
        Map<String, Object> body = Api.createBody(Api.organization("Pinned"), v0Answers);
        body.put("questionnaireVersion", "v0");
        String id = admin.create(body)
                .statusCode(201)
                .body("questionnaireVersion", equalTo("v0"))
                .extract()
                .path("id");

        // signals.owner is optional in v0: the draft is complete without it.
        JsonPath submitted = admin.submit(id)
                .statusCode(200)
                .body("result.questionnaireVersion", equalTo("v0"))
                .extract()
                .jsonPath();

        // v0: five of six dimensions at 100, signals at 0, one interaction at 100: (500 + 100) / 7
        assertThat(submitted.getDouble("result.overallRisk")).isEqualTo(85.71);
        admin.get(id).body("result.overallRisk", equalTo(85.71f)).body("questionnaireVersion", equalTo("v0"));
    }

    @Test
    void shouldListNewestFirstWithFiltersAndPages() {
        String name = Api.organization("Listing");
        String first = admin.createDraft(name, Map.of());
        String second = admin.createDraft(name.toUpperCase(), Map.of());
        String third = admin.createCompleteDraft(name);
        admin.submit(third).statusCode(200);

        admin.given()
                .queryParam("organization", name.toLowerCase())
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(third, second, first));

        admin.given()
                .queryParam("organization", name)
                .queryParam("status", "DRAFT")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(first));

        admin.given()
                .queryParam("organization", name)
                .queryParam("status", "SUBMITTED")
                .when()
                .get("/api/v1/assessments")
                .then()
                .body("items.id", contains(third))
                .body("items[0].result.overallRisk", notNullValue());

        admin.given()
                .queryParam("organization", name)
                .queryParam("page", 5)
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("total", equalTo(3));
    }

    @Test
    void shouldNotMatchOrganizationsByPrefix() {
        String name = Api.organization("Exact");
        admin.createDraft(name, Map.of());

        admin.given()
                .queryParam("organization", name.substring(0, 8))
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .body("items.organization.name", not(hasItem(name)));
    }

    @Test
    void shouldAnswerUnknownAndMalformedIdsWith404() {
        admin.get("00000000-0000-0000-0000-000000000000")
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("status", equalTo(404))
                .body("detail", notNullValue());
        admin.get("not-a-uuid").statusCode(404).contentType(PROBLEM_JSON);
        admin.patch("00000000-0000-0000-0000-000000000000", Map.of())
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        admin.submit("00000000-0000-0000-0000-000000000000").statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldCreateOnTheCurrentVersionByDefault() {
        var created = admin.create(Map.of("organization", Map.of("name", Api.organization("Default"))))
                .statusCode(201)
                .body("questionnaireVersion", equalTo("v3"))
                .body("answers", equalTo(Map.of()))
                .body("result", nullValue())
                .extract();

        assertThat(created.header("Location")).endsWith("/api/v1/assessments/" + created.path("id"));
    }
}
