package io.airisk.idempotency;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.airisk.Api;
import io.airisk.Concurrently;
import io.airisk.TestKeys;
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

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldReturnTheOriginalResponseToARetryAndCreateNothingNew() {
        String organization = Api.organization("Retry");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.createBody(organization, Map.of("llm.production_use", "core"));

        ExtractableResponse<Response> first =
                admin.createWithKey(key, body).statusCode(201).extract();
        ExtractableResponse<Response> retry =
                admin.createWithKey(key, body).statusCode(201).extract();

        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header(Idempotency.REPLAYED)).isEqualTo("true");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(admin.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBodyWith422() {
        String organization = Api.organization("Reuse");
        String key = UUID.randomUUID().toString();
        admin.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        admin.createWithKey(key, Api.createBody(organization, Map.of("signals.owner", "nobody")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(Idempotency.HEADER));

        assertThat(admin.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldTreatDifferentKeysAsDifferentRequests() {
        String organization = Api.organization("Keys");
        Map<String, Object> body = Api.createBody(organization, Map.of());

        admin.createWithKey(UUID.randomUUID().toString(), body).statusCode(201);
        admin.createWithKey(UUID.randomUUID().toString(), body).statusCode(201);

        assertThat(admin.count(organization)).isEqualTo(2);
    }

    @Test
    void shouldCreateOnceWhenRetriesWithOneKeyRace() throws Exception {
        String organization = Api.organization("Race");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.createBody(organization, Map.of());
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> admin.createWithKey(key, body).extract());
        }

        List<ExtractableResponse<Response>> responses = Concurrently.run(calls.size(), calls);

        assertThat(responses).extracting(ExtractableResponse::statusCode).allMatch(s -> s == 201 || s == 409);
        assertThat(responses.stream()
                        .filter(r -> r.statusCode() == 201)
                        .map(r -> r.jsonPath().getString("id"))
                        .distinct())
                .hasSize(1);
        assertThat(admin.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldReplayASubmitInsteadOfAnswering409() {
        String id = admin.createCompleteDraft(Api.organization("SubmitRetry"));
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

        admin.createWithKey(key, Map.of("organization", Map.of("name", organization), "answers", Map.of("x.y", 1)))
                .statusCode(400);
        admin.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        assertThat(admin.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldRejectAMalformedKeyNamingTheHeader() {
        admin.createWithKey("x".repeat(256), Api.createBody(Api.organization("BadKey"), Map.of()))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(Idempotency.HEADER));
        admin.createWithKey("with space", Api.createBody(Api.organization("BadKey"), Map.of()))
                .statusCode(400);
    }

    private ValidatableResponse submit(String id, String key) {
        return admin.given()
                .header(Idempotency.HEADER, key)
                .when()
                .post("/api/v1/assessments/{id}/submit", id)
                .then();
    }
}
