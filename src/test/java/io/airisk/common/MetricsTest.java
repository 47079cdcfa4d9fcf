package io.airisk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Prometheus endpoint answers without a key and holds the domain metrics beside the HTTP ones. */
@QuarkusTest
class MetricsTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldCountAssessmentsScoringsAndRefusals() {
        String id = admin.createCompleteDraft(Api.organization("Metrics"));
        admin.submit(id).statusCode(200);
        admin.scoreAnswers(java.util.Map.of("llm.production_use", "core")).statusCode(200);
        Api.as("ark_unknown").given().when().get("/api/v1/assessments").then().statusCode(401);

        String metrics = Api.anonymous()
                .given()
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

    @Test
    void shouldServeTheFormatTheScraperPrefers() {
        String prometheus =
                "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                        + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
        for (String accept : List.of(prometheus, "application/openmetrics-text", "*/*")) {
            String body = Api.anonymous()
                    .given()
                    .accept(accept)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("application/openmetrics-text; version=1.0.0"))
                    .extract()
                    .asString();
            assertThat(body).as(accept).endsWith("# EOF\n");
        }
        for (String accept : List.of("text/plain", "text/html,application/xhtml+xml,*/*;q=0.8")) {
            Api.anonymous()
                    .given()
                    .accept(accept)
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/plain; version=0.0.4"));
        }
        Api.anonymous()
                .given()
                .accept("application/json")
                .get("/q/metrics")
                .then()
                .statusCode(406)
                .contentType(Api.PROBLEM_JSON);
    }
}
