package io.airisk.assessment;

import static io.restassured.RestAssured.given;

import io.airisk.engine.Questionnaires;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Shared request builders for the API tests, so that no test copies a fixture. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}

    /** A unique organization name, so that tests never see each other's data. */
    public static String organization(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    /** The questionnaire version the API tests' answers belong to. */
    public static final String VERSION = "v1";

    /** A create body on {@link #VERSION}, the version of the tests' answer fixtures. */
    public static Map<String, Object> createBody(String organization, Map<String, Object> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", Map.of("name", organization, "industry", "Manufacturing", "size", "1000-5000"));
        body.put("questionnaireVersion", VERSION);
        if (answers != null) {
            body.put("answers", answers);
        }
        return body;
    }

    /** A create with any body: a map, or JSON text sent as it is. */
    public static ValidatableResponse create(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessments")
                .then();
    }

    /** A create sent with an Idempotency-Key. */
    public static ValidatableResponse createWithKey(String idempotencyKey, Map<String, Object> body) {
        return given().header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessments")
                .then();
    }

    /** Creates a draft and answers its id. */
    public static String createDraft(String organization, Map<String, Object> answers) {
        return create(createBody(organization, answers))
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String createCompleteDraft(String organization) {
        return createDraft(organization, Questionnaires.exposedCompany());
    }

    public static ValidatableResponse get(String id) {
        return given().when().get("/api/v1/assessments/{id}", id).then();
    }

    public static ValidatableResponse patch(String id, Object answers) {
        return given().contentType(ContentType.JSON)
                .body(answers)
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then();
    }

    public static ValidatableResponse submit(String id) {
        return given().when().post("/api/v1/assessments/{id}/submit", id).then();
    }

    public static ValidatableResponse delete(String id) {
        return given().when().delete("/api/v1/assessments/{id}", id).then();
    }

    /** What-if scoring of answers on {@link #VERSION}. */
    public static ValidatableResponse scoreAnswers(Object answers) {
        return score(Map.of("questionnaireVersion", VERSION, "answers", answers));
    }

    public static ValidatableResponse score(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/scores")
                .then();
    }

    /** How many assessments the list reports for that organization. */
    public static long count(String organization) {
        return total(given().queryParam("organization", organization));
    }

    /** How many assessments the list reports in all. */
    public static long total() {
        return total(given());
    }

    /** The largest body the service reads, from its configuration. */
    public static long maxBody() {
        return new MemorySizeConverter()
                .convert(ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class))
                .asLongValue();
    }

    private static long total(RequestSpecification request) {
        Number total = request.when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        return total.longValue();
    }
}
