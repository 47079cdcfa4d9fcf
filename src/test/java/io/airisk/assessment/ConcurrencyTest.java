package io.airisk.assessment;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.airisk.Api;
import io.airisk.Concurrently;
import io.airisk.TestKeys;
import io.airisk.engine.Questionnaires;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Concurrent writers to one assessment: no lost answer, one submit, If-Match honoured. */
@QuarkusTest
class ConcurrencyTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldKeepEveryAnswerOfConcurrentPatchesOnDifferentQuestions() throws Exception {
        String id = admin.createDraft(Api.organization("Concurrent"), Map.of());
        Map<String, Object> answers = Questionnaires.exposedCompany();
        List<Callable<Integer>> patches = new ArrayList<>();
        answers.forEach((question, answer) -> patches.add(
                () -> admin.patch(id, Map.of(question, answer)).extract().statusCode()));

        List<Integer> statuses = Concurrently.run(8, patches);

        assertThat(statuses).containsOnly(200);
        Map<String, Object> stored = admin.get(id).extract().path("answers");
        assertThat(stored).containsOnlyKeys(answers.keySet());
        assertThat(stored).containsEntry("reasoning.critical_use", answers.get("reasoning.critical_use"));
        admin.get(id).body("version", equalTo(answers.size()));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentSubmitsSucceed() throws Exception {
        String id = admin.createCompleteDraft(Api.organization("Submits"));
        List<Callable<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> admin.submit(id).extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(8, submits);

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    }

    @Test
    void shouldRefuseAChangeBasedOnAStaleVersionWith412AndChangeNothing() {
        String id = admin.createDraft(Api.organization("IfMatch"), Map.of("signals.owner", "nobody"));
        String etag = admin.get(id).extract().header("ETag");
        admin.patch(id, Map.of("signals.owner", "informal")).statusCode(200);

        admin.given()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "named_owner"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(412));
        admin.given()
                .header("If-Match", etag)
                .when()
                .post("/api/v1/assessments/{id}/submit", id)
                .then()
                .statusCode(412);
        admin.given()
                .header("If-Match", etag)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(412);

        admin.get(id).statusCode(200).body("answers.'signals.owner'", equalTo("informal"));
    }

    @Test
    void shouldAcceptAChangeBasedOnTheCurrentVersion() {
        String id = admin.createDraft(Api.organization("IfMatch"), Map.of());
        String etag = admin.get(id).extract().header("ETag");

        String next = admin.given()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "nobody"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        assertThat(next).isNotEqualTo(etag);
        admin.given()
                .header("If-Match", next)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void shouldNeverMatchAWeakEntityTag() {
        String id = admin.createDraft(Api.organization("IfMatch"), Map.of());
        String etag = admin.get(id).extract().header("ETag");

        admin.given()
                .header("If-Match", "W/" + etag)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);

        admin.get(id).statusCode(200);
    }

    @Test
    void shouldTreatAnAsteriskAsAnyVersion() {
        String id = admin.createDraft(Api.organization("IfMatch"), Map.of());

        admin.given()
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "nobody"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(200);
    }
}
