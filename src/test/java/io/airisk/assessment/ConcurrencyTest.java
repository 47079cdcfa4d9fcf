package io.airisk.assessment;

import static io.airisk.assessment.Api.PROBLEM_JSON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.airisk.Concurrently;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.scoring.engine.Questionnaires;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Concurrent writers to one assessment: no lost answer, one submit, If-Match honoured. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    AssessmentRepository repository;

    @Test
    void shouldKeepListTotalsEqualToTheRowsThroughConcurrentCreatesSubmitsAndDeletes() throws Exception {
        String organization = Api.organization("Tally");
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            creates.add(() -> Api.create(Api.createBody(organization, Questionnaires.exposedCompany()))
                    .extract()
                    .statusCode());
        }
        assertThat(Concurrently.run(8, creates)).containsOnly(201);
        List<String> ids = given().queryParam("organization", organization)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/assessments")
                .then()
                .extract()
                .path("items.id");
        List<Callable<Integer>> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            changes.add(() -> Api.submit(id).extract().statusCode());
            changes.add(() -> Api.submit(id).extract().statusCode());
            if (i % 3 == 0) {
                changes.add(() -> Api.delete(id).extract().statusCode());
            }
        }

        List<Integer> statuses = Concurrently.run(8, changes);

        assertThat(statuses).containsOnly(200, 204, 404, 409);
        assertThat(statuses).filteredOn(status -> status == 204).hasSize(8);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            long rows = QuarkusTransaction.requiringNew().call(() -> repository.count("status", status));
            given().queryParam("status", status)
                    .when()
                    .get("/api/v1/assessments")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo((int) rows));
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> repository.count());
        assertThat(Api.total()).isEqualTo(rows);
        assertThat(Api.count(organization)).isEqualTo(16);
    }

    @Test
    void shouldKeepEveryAnswerOfConcurrentPatchesOnDifferentQuestions() throws Exception {
        String id = Api.createDraft(Api.organization("Concurrent"), Map.of());
        Map<String, Object> answers = Questionnaires.exposedCompany();
        List<Callable<Integer>> patches = new ArrayList<>();
        answers.forEach((question, answer) -> patches.add(
                () -> Api.patch(id, Map.of(question, answer)).extract().statusCode()));

        List<Integer> statuses = Concurrently.run(8, patches);

        assertThat(statuses).containsOnly(200);
        Map<String, Object> stored = Api.get(id).extract().path("answers");
        assertThat(stored).containsOnlyKeys(answers.keySet());
        assertThat(stored).containsEntry("reasoning.critical_use", answers.get("reasoning.critical_use"));
        Api.get(id).body("version", equalTo(answers.size()));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentSubmitsSucceed() throws Exception {
        String id = Api.createCompleteDraft(Api.organization("Submits"));
        List<Callable<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> Api.submit(id).extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(8, submits);

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    }

    @Test
    void shouldRefuseAChangeBasedOnAStaleVersionWith412AndChangeNothing() {
        String id = Api.createDraft(Api.organization("IfMatch"), Map.of("signals.owner", "nobody"));
        String etag = Api.get(id).extract().header("ETag");
        Api.patch(id, Map.of("signals.owner", "informal")).statusCode(200);

        given().header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "named_owner"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(412));
        given().header("If-Match", etag)
                .when()
                .post("/api/v1/assessments/{id}/submit", id)
                .then()
                .statusCode(412);
        given().header("If-Match", etag)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(412);

        Api.get(id).statusCode(200).body("answers.'signals.owner'", equalTo("informal"));
    }

    @Test
    void shouldAcceptAChangeBasedOnTheCurrentVersion() {
        String id = Api.createDraft(Api.organization("IfMatch"), Map.of());
        String etag = Api.get(id).extract().header("ETag");

        String next = given().header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "nobody"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        assertThat(next).isNotEqualTo(etag);
        given().header("If-Match", next)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void shouldNeverMatchAWeakEntityTag() {
        String id = Api.createDraft(Api.organization("IfMatch"), Map.of());
        String etag = Api.get(id).extract().header("ETag");

        given().header("If-Match", "W/" + etag)
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);

        Api.get(id).statusCode(200);
    }

    @Test
    void shouldTreatAnAsteriskAsAnyVersion() {
        String id = Api.createDraft(Api.organization("IfMatch"), Map.of());

        given().header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of("signals.owner", "nobody"))
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(200);
    }
}
