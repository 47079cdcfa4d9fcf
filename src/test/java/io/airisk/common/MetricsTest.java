package io.airisk.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.assessment.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The Prometheus endpoint answers without a key and holds the domain metrics beside the HTTP ones. */
@QuarkusTest
class MetricsTest {

    @Test
    void shouldCountAssessmentsScoringsAndRefusals() {
        String id = Api.createCompleteDraft(Api.organization("Metrics"));
        Api.submit(id).statusCode(200);
        Api.scoreAnswers(java.util.Map.of("llm.production_use", "core")).statusCode(200);
        given().header("Authorization", "Bearer ark_unknown")
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(401);

        String metrics = given().header("Authorization", "")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .contains("airisk_assessments_created_total{questionnaire=\"v1\"}")
                .containsPattern(
                        "airisk_assessments_submitted_total\\{band=\"(LOW|MODERATE|HIGH|CRITICAL)\",questionnaire=\"v1\"}")
                .contains("airisk_scoring_duration_seconds_count{operation=\"submit\",questionnaire=\"v1\"}")
                .contains("airisk_scoring_duration_seconds_count{operation=\"score\",questionnaire=\"v1\"}")
                .contains("airisk_problems_total{status=\"401\",type=\"unauthorized\"}")
                .contains("http_server_requests_seconds_count");
    }
}
