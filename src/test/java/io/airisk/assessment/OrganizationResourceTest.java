package io.airisk.assessment;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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

/** Organizations through the API: one per name, their history, re-assessment and trend. */
@QuarkusTest
class OrganizationResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api admin = Api.as(TestKeys.ADMIN);

    private static Map<String, Object> answers(String file) throws IOException {
        return JSON.readValue(
                Path.of("examples", file).toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    private String assess(String organization, String version, Map<String, Object> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", Map.of("name", organization));
        body.put("questionnaireVersion", version);
        body.put("answers", answers);
        String id = admin.create(body).statusCode(201).extract().path("id");
        admin.submit(id).statusCode(200);
        return id;
    }

    @Test
    void shouldKeepOneOrganizationPerNameIgnoringCase() {
        String name = Api.organization("Case Org");
        JsonNode created =
                admin.expect(201, "POST", "/api/v1/organizations", Map.of("name", name, "industry", "Retail"));
        String id = created.path("id").asText();

        admin.send("POST", "/api/v1/organizations", Map.of("name", name.toUpperCase()))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        String assessment = admin.create(Api.createBody(name.toLowerCase(), null))
                .statusCode(201)
                .body("organizationId", equalTo(id))
                .body("organization.name", equalTo(name))
                .extract()
                .path("id");

        admin.send("GET", "/api/v1/organizations?name=" + name.substring(0, 8).toLowerCase(), null)
                .then()
                .statusCode(200)
                .body("items.id", hasItems(id));
        String renamed = name + " renamed";
        admin.send("PATCH", "/api/v1/organizations/" + id, Map.of("name", renamed, "industry", ""))
                .then()
                .statusCode(200)
                .body("name", equalTo(renamed))
                .body("industry", equalTo(null));
        admin.get(assessment).statusCode(200).body("organization.name", equalTo(renamed));
        admin.send("DELETE", "/api/v1/organizations/" + id, null)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        admin.delete(assessment).statusCode(204);
        admin.send("DELETE", "/api/v1/organizations/" + id, null).then().statusCode(204);
        admin.send("GET", "/api/v1/organizations/" + id, null).then().statusCode(404);
    }

    @Test
    void shouldStartAQuarterlyReviewFromLastQuartersAnswersMovedToTheCurrentVersion() throws IOException {
        String name = Api.organization("Quarterly");
        String last = assess(name, "v2", answers("v2-worked-example-answers.json"));
        String organization = admin.get(last).extract().path("organizationId");

        JsonNode started = admin.expect(
                201, "POST", "/api/v1/organizations/" + organization + "/assessments", Map.of("from", "latest"));

        assertThat(started.path("fromAssessmentId").asText()).isEqualTo(last);
        assertThat(started.path("fromVersion").asText()).isEqualTo("v2");
        assertThat(started.path("assessment").path("questionnaireVersion").asText())
                .isEqualTo("v3");
        assertThat(started.path("assessment").path("status").asText()).isEqualTo("DRAFT");
        assertThat(started.path("assessment")
                        .path("answers")
                        .path("llm.upgrade_rework")
                        .asText())
                .isEqualTo("most");
        assertThat(JSON.convertValue(started.path("toAnswer"), List.class))
                .containsExactly(
                        "reasoning.product_reasoning",
                        "reasoning.agent_autonomy",
                        "infra.llm_commitment_size",
                        "talent.long_term_protection",
                        "talent.key_people");
        admin.send("POST", "/api/v1/organizations/" + organization + "/assessments", Map.of("from", "earliest"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("from"));
    }

    @Test
    void shouldExplainEachChangeOfAThreeAssessmentHistoryToTheCent() throws IOException {
        String name = Api.organization("History");
        Map<String, Object> v2 = answers("v2-worked-example-answers.json");
        Map<String, Object> v3 = answers("worked-example-answers.json");
        Map<String, Object> better = new LinkedHashMap<>(v3);
        better.put("reasoning.verification", "always_independent");
        better.put("infra.llm_commitment_term", "6_to_12");
        better.put("signals.upgrade_gains", "both");
        String first = assess(name, "v2", v2);
        String second = assess(name, "v3", v3);
        String third = assess(name, "v3", better);
        String organization = admin.get(first).extract().path("organizationId");

        JsonNode trend = admin.expect(200, "GET", "/api/v1/organizations/" + organization + "/trend", null);

        assertThat(trend.path("points")).hasSize(3);
        assertThat(trend.path("points").get(0).path("id").asText()).isEqualTo(first);
        assertThat(trend.path("points").get(2).path("id").asText()).isEqualTo(third);
        assertThat(trend.path("deltas")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode delta = trend.path("deltas").get(i).path("explained");
            double observed =
                    trend.path("points").get(i + 1).path("overallRisk").doubleValue()
                            - trend.path("points").get(i).path("overallRisk").doubleValue();
            long effects = Math.round(delta.path("versionEffect").doubleValue() * 100);
            long alone = effects + Math.round(delta.path("interactionShare").doubleValue() * 100);
            for (JsonNode answer : delta.path("answers")) {
                effects += Math.round(answer.path("effect").doubleValue() * 100);
                alone += Math.round(answer.path("alone").doubleValue() * 100);
            }
            assertThat(effects).as("delta %d", i).isEqualTo(Math.round(observed * 100));
            assertThat(alone).as("delta %d alone", i).isEqualTo(Math.round(observed * 100));
        }
        JsonNode versionChange = trend.path("deltas").get(0).path("explained");
        assertThat(versionChange.path("fromVersion").asText()).isEqualTo("v2");
        assertThat(versionChange.path("versionEffect").doubleValue()).isNotZero();
        JsonNode sameVersion = trend.path("deltas").get(1).path("explained");
        assertThat(sameVersion.path("versionEffect").doubleValue()).isZero();
        assertThat(sameVersion.path("answers").findValuesAsText("questionId"))
                .containsExactlyInAnyOrder(
                        "reasoning.verification", "infra.llm_commitment_term", "signals.upgrade_gains");

        // The report of the last one says what changed since the one before, with the chart of all three.
        String report = admin.given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report", third)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(report)
                .contains("Since the last assessment")
                .contains("the index fell by")
                .contains("the answer to \u201c")
                .contains("class=\"trend\"");
        assertThat(report.split("<circle cx=").length - 1)
                .as("a dot per assessment, and the radar's")
                .isGreaterThanOrEqualTo(3);
        String firstReport = admin.given()
                .accept("text/html")
                .get("/api/v1/assessments/{id}/report", first)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(firstReport).doesNotContain("Since the last assessment");

        // A share token of the second reaches the history up to it, never the third: what the widget shows.
        String token = admin.expect(201, "POST", "/api/v1/assessments/" + second + "/share-tokens", Map.of())
                .path("token")
                .asText();
        Api shared = Api.as(token);
        JsonNode history = shared.expect(200, "GET", "/api/v1/assessments/" + second + "/history", null);
        assertThat(history.path("points").findValuesAsText("id")).containsExactly(first, second);
        assertThat(history.path("lastChange").asText()).startsWith("Since the assessment of ");
        String chart = shared.given()
                .accept("image/svg+xml")
                .get("/api/v1/assessments/{id}/history-chart", second)
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();
        assertThat(chart.split("<circle cx=").length - 1).isEqualTo(2);
        shared.send("GET", "/api/v1/assessments/" + third + "/history", null)
                .then()
                .statusCode(404);
        JsonNode firstHistory = admin.expect(200, "GET", "/api/v1/assessments/" + first + "/history", null);
        assertThat(firstHistory.has("lastChange")
                        && !firstHistory.path("lastChange").isNull())
                .isFalse();
        admin.given()
                .accept("image/svg+xml")
                .get("/api/v1/assessments/{id}/history-chart", first)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldShowTheDistanceToEachTargetAndTheStepsThatCloseIt() throws IOException {
        String name = Api.organization("Target Org");
        String first = assess(name, "v3", answers("worked-example-answers.json"));
        JsonNode result =
                admin.expect(200, "GET", "/api/v1/assessments/" + first, null).path("result");
        String organization = admin.expect(200, "GET", "/api/v1/assessments/" + first, null)
                .path("organizationId")
                .asText();
        String reasoning = "REASONING_GAP";
        double reasoningToday = 0;
        for (JsonNode dimension : result.path("dimensions")) {
            if (dimension.path("id").asText().equals(reasoning)) {
                reasoningToday = dimension.path("score").doubleValue();
            }
        }
        assertThat(reasoningToday).isGreaterThan(30.0);

        JsonNode changed = admin.expect(
                200,
                "PATCH",
                "/api/v1/organizations/" + organization,
                Map.of("targets", Map.of("overall", Map.of("band", "MODERATE"), reasoning, Map.of("index", 30))));
        assertThat(changed.path("targets").path(reasoning).path("index").intValue())
                .isEqualTo(30);

        JsonNode targets = admin.expect(200, "GET", "/api/v1/organizations/" + organization + "/trend", null)
                .path("targets");
        assertThat(targets).hasSize(2);
        JsonNode overall = targets.get(0);
        assertThat(overall.path("scope").asText()).isEqualTo("overall");
        assertThat(overall.path("current").doubleValue())
                .isEqualTo(result.path("overallRisk").doubleValue());
        assertThat(overall.path("met").booleanValue()).isFalse();
        assertThat(overall.path("distance").doubleValue())
                .isCloseTo(
                        overall.path("current").doubleValue()
                                - overall.path("ceiling").doubleValue(),
                        within(0.005));
        assertThat(overall.path("reachable").booleanValue()).isTrue();
        assertThat(overall.path("after").doubleValue())
                .isLessThanOrEqualTo(overall.path("ceiling").doubleValue());
        List<String> plan = new java.util.ArrayList<>();
        result.path("recommendations").forEach(step -> plan.add(step.path("id").asText()));
        assertThat(overall.path("steps")).isNotEmpty().allSatisfy(step -> {
            assertThat(plan).contains(step.path("id").asText());
            assertThat(step.path("title").asText()).isNotBlank();
        });
        JsonNode dimension = targets.get(1);
        assertThat(dimension.path("scope").asText()).isEqualTo(reasoning);
        assertThat(dimension.path("current").doubleValue()).isEqualTo(reasoningToday);
        assertThat(dimension.path("ceiling").doubleValue()).isEqualTo(30.0);
        assertThat(dimension.path("after").doubleValue()).isLessThanOrEqualTo(30.0);

        // bad targets are named, and change nothing
        admin.send(
                        "PATCH",
                        "/api/v1/organizations/" + organization,
                        Map.of(
                                "targets",
                                Map.of(
                                        "NO_SUCH_DIMENSION",
                                        Map.of("index", 10),
                                        "overall",
                                        Map.of("index", 10, "band", "LOW"),
                                        reasoning,
                                        Map.of("index", 150))))
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body(
                        "errors.field",
                        hasItems("targets.NO_SUCH_DIMENSION", "targets.overall", "targets." + reasoning + ".index"));
        admin.send(
                        "PATCH",
                        "/api/v1/organizations/" + organization,
                        Map.of("targets", Map.of("overall", Map.of("band", "MEDIUM"))))
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        assertThat(admin.expect(200, "GET", "/api/v1/organizations/" + organization, null)
                        .path("targets")
                        .path(reasoning)
                        .path("index")
                        .intValue())
                .isEqualTo(30);

        admin.expect(200, "PATCH", "/api/v1/organizations/" + organization, Map.of("targets", Map.of()));
        assertThat(admin.expect(200, "GET", "/api/v1/organizations/" + organization + "/trend", null)
                        .path("targets"))
                .isEmpty();
    }

    @Test
    void shouldCreateAnAssessmentForAnOrganizationByItsId() {
        String name = Api.organization("By Id Org");
        String id = admin.expect(201, "POST", "/api/v1/organizations", Map.of("name", name, "industry", "Retail"))
                .path("id")
                .asText();

        admin.create(Map.of("organizationId", id))
                .statusCode(201)
                .body("organizationId", equalTo(id))
                .body("organization.name", equalTo(name))
                .body("organization.industry", equalTo("Retail"));
        admin.create(Map.of("organizationId", java.util.UUID.randomUUID().toString()))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", org.hamcrest.Matchers.contains("organizationId"));
        admin.create(Map.of("organizationId", id, "organization", Map.of("name", name)))
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("organizationId"));
        admin.create(Map.of("questionnaireVersion", "v3"))
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("organization"));
        admin.create(Map.of("organizationId", "not-a-uuid")).statusCode(400).contentType(PROBLEM_JSON);
        assertThat(admin.count(name)).isEqualTo(1);
    }
}
