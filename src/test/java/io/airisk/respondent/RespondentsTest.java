package io.airisk.respondent;

import static io.airisk.Api.PROBLEM_JSON;
import static io.airisk.respondent.RoleAnswers.answers;
import static io.airisk.respondent.RoleAnswers.draft;
import static io.airisk.respondent.RoleAnswers.mint;
import static io.airisk.respondent.RoleAnswers.only;
import static io.airisk.respondent.RoleAnswers.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several respondents on one assessment, each answering for a role: what each may answer and see,
 * disagreements scored as a range, refused at submit and resolved, notes in the report and the
 * export, and a review before a result counts.
 */
@QuarkusTest
class RespondentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINANCE_QUESTION = "llm.revenue_share";

    @Test
    void shouldLetEachRoleAnswerItsOwnQuestionsOnly() {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Roles");
        Map<String, Object> answers = answers();
        Map<String, Object> finance = only(answers, "FINANCE");
        String draft = draft(admin, Api.organization("Roles Ltd"), without(answers, "FINANCE"));
        JsonNode financeToken = mint(admin, draft, "FINANCE", "Ada");
        Api cfo = Api.as(financeToken.path("token").asText());
        Api cto = Api.as(mint(admin, draft, "CTO", "Grace").path("token").asText());
        assertThat(financeToken.path("role").asText()).isEqualTo("FINANCE");
        assertThat(financeToken.path("email").asText()).isEqualTo("ada@example.com");

        // A FINANCE token answering a CTO question is refused, naming the question; nothing changes.
        JsonNode refused = Api.json(cfo.patch(draft, Map.of("llm.production_use", "none", FINANCE_QUESTION, "none"))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .extract()
                .response());
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("llm.production_use");
        assertThat(refused.path("detail").asText()).contains("CTO question", "FINANCE questions only");
        assertThat(admin.get(draft).extract().path("answers").toString()).doesNotContain(FINANCE_QUESTION);

        // It answers its own, and sees them with the answers that decide which of them are shown.
        JsonNode seen =
                Api.json(cfo.patch(draft, finance).statusCode(200).extract().response());
        List<String> keys = new ArrayList<>();
        seen.path("answers").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsAll(finance.keySet()).contains("llm.production_use", "infra.llm_commitment_term");
        assertThat(keys).doesNotContain("llm.process_share", "reasoning.failure_impact");
        assertThat(seen.hasNonNull("result")).isFalse();
        assertThat(cfo.get(draft).extract().path("answers").toString()).doesNotContain("llm.process_share");
        cfo.submit(draft).statusCode(403).contentType(PROBLEM_JSON);
        cfo.given().get("/api/v1/assessments/{id}/preview", draft).then().statusCode(403);
        cfo.given()
                .get("/api/v1/assessments/{id}/compare?version=v3", draft)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);

        // The coordinator's answers to the CTO's questions are there for the CTO to confirm or correct.
        assertThat(cto.get(draft).extract().path("answers.'llm.production_use'").toString())
                .isEqualTo("core");
        // Noting the coordinator's answer confirms it as the CTO's own.
        cto.given()
                .contentType("application/json")
                .body(Map.of("llm.production_use", "as in the 2026 architecture review"))
                .patch("/api/v1/assessments/{id}/notes", draft)
                .then()
                .statusCode(204);
        // The CTO's questions: the CTO token answers them.
        cto.patch(draft, only(answers, "CTO")).statusCode(200);
        cto.patch(draft, Map.of(FINANCE_QUESTION, "none")).statusCode(403);
        // The coordinator takes back its own answers, never a respondent's.
        admin.patch(draft, Map.of("talent.key_people", Map.of())).statusCode(400);
        HashMap<String, Object> removal = new java.util.HashMap<>();
        removal.put("talent.key_people", null);
        admin.patch(draft, removal).statusCode(200);
        assertThat(admin.get(draft)
                        .extract()
                        .path("answers.'talent.key_people'")
                        .toString())
                .isEqualTo(answers.get("talent.key_people").toString());

        JsonNode progress = admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/progress", null);
        JsonNode financeRow = role(progress, "FINANCE");
        assertThat(financeRow.path("visible").asInt()).isEqualTo(finance.size());
        assertThat(financeRow.path("answered").asInt()).isEqualTo(finance.size());
        assertThat(progress.path("respondents")).hasSize(2);
        assertThat(progress.path("respondents").toString()).contains("Ada", "Grace", "lastAnsweredAt");
        assertThat(progress.path("disagreements")).isEmpty();
        JsonNode own = cfo.expect(200, "GET", "/api/v1/assessments/" + draft + "/progress", null);
        assertThat(own.path("you").asText()).isEqualTo("FINANCE");
        assertThat(own.path("respondents")).isEmpty();
        assertThat(own.toString()).doesNotContain("Grace");

        // Every answer of the complete set came from its role or the coordinator: the draft submits as one.
        JsonNode submitted =
                Api.json(admin.submit(draft).statusCode(200).extract().response());
        cfo.given()
                .get("/api/v1/assessments/{id}/radar", draft)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        JsonNode expected = Api.json(
                admin.score(scoreBody(answers)).statusCode(200).extract().response());
        assertThat(submitted.path("result").path("overallRisk").asDouble())
                .isEqualTo(expected.path("overallRisk").asDouble());
    }

    @Test
    void shouldScoreADisagreementAsARangeRefuseItAtSubmitAndSubmitOnceResolved() {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Disagreements");
        Map<String, Object> answers = answers();
        String draft = draft(admin, Api.organization("Disagree Ltd"), without(answers, "FINANCE"));
        Api ada = Api.as(mint(admin, draft, "FINANCE", "Ada").path("token").asText());
        Api bob = Api.as(mint(admin, draft, "FINANCE", "Bob").path("token").asText());
        ada.patch(draft, only(answers, "FINANCE")).statusCode(200);
        bob.patch(draft, Map.of(FINANCE_QUESTION, "50_or_more")).statusCode(200);

        JsonNode progress = admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/progress", null);
        JsonNode disagreement = progress.path("disagreements").get(0);
        assertThat(progress.path("disagreements")).hasSize(1);
        assertThat(disagreement.path("questionId").asText()).isEqualTo(FINANCE_QUESTION);
        assertThat(disagreement.path("role").asText()).isEqualTo("FINANCE");
        assertThat(disagreement.path("answers").findValuesAsText("answer")).containsExactly("10_to_25", "50_or_more");
        assertThat(disagreement.path("answers").findValuesAsText("name")).containsExactly("Ada", "Bob");
        assertThat(disagreement.hasNonNull("resolution")).isFalse();

        // The riskier answer counts until one is chosen; the range covers both answers given.
        double ifAda = overall(admin, with(answers, FINANCE_QUESTION, "10_to_25"));
        double ifBob = overall(admin, with(answers, FINANCE_QUESTION, "50_or_more"));
        assertThat(ifBob).isGreaterThan(ifAda);
        JsonNode preview = admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/preview", null);
        assertThat(preview.path("overallRisk").asDouble()).isEqualTo(ifBob);
        assertThat(preview.path("range").path("low").asDouble()).isEqualTo(ifAda);
        assertThat(preview.path("range").path("high").asDouble()).isEqualTo(ifBob);

        // Submit is refused, listing the disagreement; nothing changes.
        JsonNode refused = Api.json(admin.submit(draft)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .extract()
                .response());
        assertThat(refused.path("type").asText()).endsWith("disagreements");
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo(FINANCE_QUESTION);
        assertThat(refused.path("errors").get(0).path("message").asText())
                .contains("10_to_25 (Ada)", "50_or_more (Bob)");
        // Sending back the answer that counts decides nothing: the disagreement stays open.
        admin.patch(draft, Map.of(FINANCE_QUESTION, "50_or_more")).statusCode(200);
        admin.submit(draft).statusCode(422);
        admin.get(draft).statusCode(200).body("status", equalTo("DRAFT"));

        // The coordinator chooses, with a note; a respondent who changes its answer reopens the question.
        resolve(admin, draft, "10_to_25", "Ada's figure comes from the 2026 budget")
                .statusCode(200);
        // A respondent sending its answer again, unchanged, keeps the choice.
        ada.patch(draft, Map.of(FINANCE_QUESTION, "10_to_25")).statusCode(200);
        preview = admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/preview", null);
        assertThat(preview.path("overallRisk").asDouble()).isEqualTo(ifAda);
        assertThat(preview.path("range").path("low").asDouble()).isEqualTo(ifAda);
        assertThat(preview.path("range").path("high").asDouble()).isEqualTo(ifAda);
        bob.patch(draft, Map.of(FINANCE_QUESTION, "25_to_50")).statusCode(200);
        admin.submit(draft).statusCode(422);
        resolve(admin, draft, "nonsense", null).statusCode(400).contentType(PROBLEM_JSON);
        resolve(admin, draft, "10_to_25", "Ada's figure comes from the 2026 budget")
                .statusCode(200);
        admin.given()
                .contentType("application/json")
                .body(Map.of("answer", "none"))
                .put("/api/v1/assessments/{id}/resolutions/{q}", draft, "llm.production_use")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);

        JsonNode submitted =
                Api.json(admin.submit(draft).statusCode(200).extract().response());
        assertThat(submitted.path("result").path("overallRisk").asDouble()).isEqualTo(ifAda);
        assertThat(submitted.path("answers").path(FINANCE_QUESTION).asText()).isEqualTo("10_to_25");
        List<String> actions = admin.expect(200, "GET", "/api/v1/audit-events?size=100", null)
                .path("items")
                .findValuesAsText("action");
        assertThat(actions).contains("DISAGREEMENT_RESOLVED", "ASSESSMENT_SUBMITTED");
    }

    @Test
    void shouldShowNotesEscapedInTheReportAndTheExport() throws IOException {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Notes");
        Map<String, Object> answers = answers();
        String organization = Api.organization("Noted Ltd");
        String draft = draft(admin, organization, without(answers, "FINANCE"));
        Api ada =
                Api.as(mint(admin, draft, "FINANCE", "Ada <CFO>").path("token").asText());
        ada.patch(draft, only(answers, "FINANCE")).statusCode(200);
        String hostile = "see contract 2024-17 <script>alert(1)</script>";
        note(ada, draft, Map.of(FINANCE_QUESTION, hostile)).statusCode(204);
        note(admin, draft, Map.of("llm.production_use", "per the 2026 architecture review"))
                .statusCode(204);

        // Bad notes are refused, naming the question; nothing changes.
        note(ada, draft, Map.of("llm.production_use", "mine")).statusCode(403).contentType(PROBLEM_JSON);
        note(admin, draft, Map.of("no.such_question", "x")).statusCode(400).contentType(PROBLEM_JSON);
        note(admin, draft, Map.of("llm.process_share", "x".repeat(501)))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        note(admin, draft, Map.of("llm.process_share", "two\nlines"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        note(admin, draft, Map.of("llm.process_share", "one\u2028line"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        // A token without a role notes as the coordinator, and is named as the note's author.
        String coordinatorToken = admin.expect(
                        201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", Map.of())
                .path("token")
                .asText();
        note(Api.as(coordinatorToken), draft, Map.of("llm.process_share", "from the process inventory"))
                .statusCode(204);
        JsonNode notes = admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/progress", null)
                .path("notes");
        assertThat(notes.toString()).contains("from the process inventory");
        for (JsonNode each : notes) {
            if (each.path("note").asText().equals("from the process inventory")) {
                assertThat(each.path("by").asText()).isEqualTo("respondent-token " + coordinatorToken.substring(0, 12));
            }
        }
        // The coordinator notes its own answers, not a respondent's.
        note(admin, draft, Map.of(FINANCE_QUESTION, "mine")).statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> removal = new HashMap<>();
        removal.put("talent.cuts", null);
        admin.patch(draft, removal).statusCode(200);
        Api other = Api.as(mint(admin, draft, "RESEARCH", null).path("token").asText());
        JsonNode noAnswer = Api.json(note(other, draft, Map.of("talent.cuts", "no answer yet"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .extract()
                .response());
        assertThat(noAnswer.path("errors").get(0).path("field").asText()).isEqualTo("talent.cuts");
        admin.patch(draft, Map.of("talent.cuts", answers.get("talent.cuts"))).statusCode(200);

        admin.submit(draft).statusCode(200);
        String html = admin.given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report", draft)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("see contract 2024-17 &lt;script&gt;alert(1)&lt;/script&gt; (Ada &lt;CFO&gt;, FINANCE)");
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("per the 2026 architecture review (the coordinator)", "Answers given");

        Response export = admin.given()
                .queryParam("format", "jsonl")
                .queryParam("organization", organization)
                .get("/api/v1/assessments/export")
                .then()
                .statusCode(200)
                .extract()
                .response();
        JsonNode line = JSON.readTree(export.asString().lines().findFirst().orElseThrow());
        assertThat(line.path("id").asText()).isEqualTo(draft);
        // By question id: llm.process_share's, llm.production_use's, then llm.revenue_share's.
        assertThat(line.path("notes").findValuesAsText("note"))
                .containsExactly("from the process inventory", "per the 2026 architecture review", hostile);
        assertThat(line.path("notes").get(2).path("role").asText()).isEqualTo("FINANCE");
        assertThat(line.path("notes").get(1).hasNonNull("role")).isFalse();
        String csv = admin.given()
                .queryParam("format", "csv")
                .queryParam("organization", organization)
                .get("/api/v1/assessments/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",notes");
        assertThat(csv).contains("see contract 2024-17");
    }

    @Test
    void shouldWaitForASecondKeyToApproveBeforeTheResultCounts() {
        Api admin = Api.as(TestKeys.ADMIN).newTenant("Review");
        Api reviewer = Api.as(admin.expect(201, "POST", "/api/v1/keys", Map.of("name", "Reviewer", "role", "EDITOR"))
                .path("key")
                .asText());
        JsonNode tenant = admin.expect(200, "PATCH", "/api/v1/tenant", Map.of("reviewRequired", true));
        assertThat(tenant.path("reviewRequired").asBoolean()).isTrue();
        String draft = draft(admin, Api.organization("Reviewed Ltd"), answers());

        admin.send("PATCH", "/api/v1/tenant", "{\"reviewRequired\": 1}").then().statusCode(400);
        JsonNode waiting =
                Api.json(admin.submit(draft).statusCode(200).extract().response());
        assertThat(waiting.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(waiting.path("submittedBy").asText()).startsWith("key ");
        assertThat(admin.expect(200, "GET", "/api/v1/portfolio", null)
                        .path("assessments")
                        .asInt())
                .isZero();
        assertThat(admin.given()
                        .accept("text/html")
                        .get("/api/v1/assessments/{id}/report", draft)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("Awaiting review");
        admin.patch(draft, Map.of("llm.production_use", "none")).statusCode(409);

        // The key that submitted does not approve its own submission.
        admin.given()
                .post("/api/v1/assessments/{id}/approve", draft)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        JsonNode approved = Api.json(reviewer.given()
                .post("/api/v1/assessments/{id}/approve", draft)
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertThat(approved.path("status").asText()).isEqualTo("SUBMITTED");
        String reviewerActor = approved.path("approvedBy").asText();
        assertThat(reviewerActor)
                .startsWith("key ")
                .isNotEqualTo(waiting.path("submittedBy").asText());
        reviewer.given().post("/api/v1/assessments/{id}/approve", draft).then().statusCode(409);
        assertThat(admin.expect(200, "GET", "/api/v1/portfolio", null)
                        .path("assessments")
                        .asInt())
                .isEqualTo(1);

        JsonNode trail =
                admin.expect(200, "GET", "/api/v1/audit-events?size=100", null).path("items");
        assertThat(trail.get(0).path("action").asText()).isEqualTo("ASSESSMENT_APPROVED");
        assertThat(trail.get(0).path("actor").asText()).isEqualTo(reviewerActor);
        assertThat(trail.findValuesAsText("action")).contains("REVIEW_REQUIRED");
        // A key does not approve what a token it minted submitted.
        String other = draft(reviewer, Api.organization("Token submitted Ltd"), answers());
        String token = reviewer.expect(201, "POST", "/api/v1/assessments/" + other + "/respondent-tokens", Map.of())
                .path("token")
                .asText();
        Api.as(token).submit(other).statusCode(200);
        reviewer.given().post("/api/v1/assessments/{id}/approve", other).then().statusCode(403);
        admin.given().post("/api/v1/assessments/{id}/approve", other).then().statusCode(200);
        assertThat(admin.expect(200, "GET", "/api/v1/assessments?status=IN_REVIEW", null)
                        .path("total")
                        .asInt())
                .isZero();
    }

    private static ValidatableResponse resolve(Api admin, String draft, Object answer, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("note", note);
        return admin.given()
                .contentType("application/json")
                .body(body)
                .put("/api/v1/assessments/{id}/resolutions/{q}", draft, FINANCE_QUESTION)
                .then();
    }

    private static ValidatableResponse note(Api caller, String draft, Map<String, ?> notes) {
        return caller.given()
                .contentType("application/json")
                .body(notes)
                .patch("/api/v1/assessments/{id}/notes", draft)
                .then();
    }

    private static JsonNode role(JsonNode progress, String role) {
        for (JsonNode row : progress.path("roles")) {
            if (row.path("role").asText().equals(role)) {
                return row;
            }
        }
        throw new AssertionError("no role " + role + " in " + progress);
    }

    private static Map<String, Object> with(Map<String, Object> answers, String questionId, Object answer) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        changed.put(questionId, answer);
        return changed;
    }

    private static double overall(Api admin, Map<String, Object> answers) {
        return Api.json(admin.score(scoreBody(answers))
                        .statusCode(200)
                        .extract()
                        .response())
                .path("overallRisk")
                .asDouble();
    }

    private static Map<String, Object> scoreBody(Map<String, Object> answers) {
        return Map.of("questionnaireVersion", "v3", "answers", answers);
    }
}
