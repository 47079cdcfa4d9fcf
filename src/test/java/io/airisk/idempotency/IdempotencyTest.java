package io.airisk.idempotency;

import static io.airisk.assessment.Api.PROBLEM_JSON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.airisk.Concurrently;
import io.airisk.assessment.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void shouldReturnTheOriginalResponseToARetryAndCreateNothingNew() {
        String organization = Api.organization("Retry");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.createBody(organization, Map.of("llm.production_use", "core"));

        ExtractableResponse<Response> first =
                Api.createWithKey(key, body).statusCode(201).extract();
        ExtractableResponse<Response> retry =
                Api.createWithKey(key, body).statusCode(201).extract();

        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(Api.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBodyWith422() {
        String organization = Api.organization("Reuse");
        String key = UUID.randomUUID().toString();
        Api.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        Api.createWithKey(key, Api.createBody(organization, Map.of("signals.owner", "nobody")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(Idempotency.HEADER));

        assertThat(Api.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldTreatDifferentKeysAsDifferentRequests() {
        String organization = Api.organization("Keys");
        Map<String, Object> body = Api.createBody(organization, Map.of());

        Api.createWithKey(UUID.randomUUID().toString(), body).statusCode(201);
        Api.createWithKey(UUID.randomUUID().toString(), body).statusCode(201);

        assertThat(Api.count(organization)).isEqualTo(2);
    }

    @Test
    void shouldCreateOnceWhenRetriesWithOneKeyRace() throws Exception {
        String organization = Api.organization("Race");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.createBody(organization, Map.of());
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> Api.createWithKey(key, body).extract());
        }

        List<ExtractableResponse<Response>> responses = Concurrently.run(calls.size(), calls);

        assertThat(responses).extracting(ExtractableResponse::statusCode).allMatch(s -> s == 201 || s == 409);
        assertThat(responses.stream()
                        .filter(r -> r.statusCode() == 201)
                        .map(r -> r.jsonPath().getString("id"))
                        .distinct())
                .hasSize(1);
        assertThat(Api.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldReplayASubmitInsteadOfAnswering409() {
        String id = Api.createCompleteDraft(Api.organization("SubmitRetry"));
        String key = UUID.randomUUID().toString();

        float first = submit(id, key).statusCode(200).extract().path("result.overallRisk");
        float retry = submit(id, key)
                .statusCode(200)
                .header(Idempotency.REPLAYED, "true")
                .extract()
                .path("result.overallRisk");

        assertThat(retry).isEqualTo(first);
        submit(id, UUID.randomUUID().toString()).statusCode(409);
    }

    @Test
    void shouldNotStoreAFailedRequest() {
        String key = UUID.randomUUID().toString();
        String organization = Api.organization("Failed");

        Api.createWithKey(key, Map.of("organization", Map.of("name", organization), "answers", Map.of("x.y", 1)))
                .statusCode(400);
        Api.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        assertThat(Api.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldRejectAMalformedKeyNamingTheHeader() {
        Api.createWithKey("x".repeat(256), Api.createBody(Api.organization("BadKey"), Map.of()))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(Idempotency.HEADER));
        Api.createWithKey("with space", Api.createBody(Api.organization("BadKey"), Map.of()))
                .statusCode(400);
    }

    private static ValidatableResponse submit(String id, String key) {
        return given().header(Idempotency.HEADER, key)
                .when()
                .post("/api/v1/assessments/{id}/submit", id)
                .then();
    }
}
