package io.airisk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.respondent.RoleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the OpenAPI document are what the API really answers: each documented request
 * is sent, and the documented response must be part of the real one (examples may leave parts
 * out, never change them). Ids, times and versions differ by nature and are not compared.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VARYING =
            Set.of("id", "organizationId", "createdAt", "updatedAt", "submittedAt", "version");
    private static final String[] IDENTITIES = {"id", "questionId", "version"};

    private final Api admin = Api.as(TestKeys.ADMIN);

    private JsonNode document;
    private JsonNode paths;

    @BeforeEach
    void readTheDocument() throws IOException {
        document = Api.openApiDocument();
        paths = document.path("paths");
    }

    @Test
    void shouldScoreTheDocumentedRequestAsDocumented() throws IOException {
        JsonNode operation = paths.path("/api/v1/scores").path("post");

        JsonNode actual = JSON.readTree(
                admin.score(requestExample(operation, "partial answers").toString())
                        .statusCode(200)
                        .extract()
                        .asString());

        assertPartOf(responseExample(operation, "200", "result"), actual, "$");
    }

    @Test
    void shouldCreateTheDocumentedDraftAsDocumented() throws IOException {
        JsonNode operation = paths.path("/api/v1/assessments").path("post");

        JsonNode actual = JSON.readTree(admin.given()
                .contentType(ContentType.JSON)
                .body(requestExample(operation, "draft").toString())
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .asString());

        assertPartOf(responseExample(operation, "201", "draft"), actual, "$");
    }

    @Test
    void shouldSubmitTheDocumentedAnswersToTheDocumentedResult() throws IOException {
        JsonNode example =
                responseExample(paths.path("/api/v1/assessments/{id}").path("get"), "200", "submitted");
        String id = admin.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organization",
                        example.path("organization"),
                        "questionnaireVersion",
                        example.path("questionnaireVersion"),
                        "answers",
                        example.path("answers")))
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin.submit(id).statusCode(200);

        assertPartOf(
                example, JSON.readTree(admin.get(id).statusCode(200).extract().asString()), "$");
    }

    @Test
    void shouldMergeTheDocumentedPatch() throws IOException {
        JsonNode patch =
                requestExample(paths.path("/api/v1/assessments/{id}/answers").path("patch"), "answers");
        String id = RoleAnswers.draft(
                admin,
                Api.organization("Example"),
                Map.of("llm.production_use", "pilots", "infra.compute_commitments", "none"));

        JsonNode answers = JSON.readTree(admin.patch(id, patch.toString())
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("answers");

        patch.fields().forEachRemaining(change -> {
            if (change.getValue().isNull()) {
                assertThat(answers.has(change.getKey())).as(change.getKey()).isFalse();
            } else {
                assertThat(answers.path(change.getKey())).as(change.getKey()).isEqualTo(change.getValue());
            }
        });
    }

    @Test
    void shouldDocumentTheQuestionnairesAsPublished() throws IOException {
        assertPartOf(
                responseExample(paths.path("/api/v1/questionnaires").path("get"), "200", "versions"),
                JSON.readTree(admin.given()
                        .get("/api/v1/questionnaires")
                        .then()
                        .extract()
                        .asString()),
                "$");
        assertPartOf(
                responseExample(paths.path("/api/v1/questionnaires/current").path("get"), "200", "definition"),
                JSON.readTree(admin.given()
                        .get("/api/v1/questionnaires/current")
                        .then()
                        .extract()
                        .asString()),
                "$");
    }

    @Test
    void shouldGiveEveryExampleTheFieldsItsSchemaRequires() {
        JsonNode schemas = document.path("components").path("schemas");
        List<String> missing = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    List<JsonNode> contents = new ArrayList<>();
                    contents.add(method.getValue().path("requestBody").path("content"));
                    method.getValue().path("responses").forEach(response -> contents.add(response.path("content")));
                    for (JsonNode content : contents) {
                        content.forEach(media -> media.path("examples")
                                .fields()
                                .forEachRemaining(example -> requireFields(
                                        media.path("schema"),
                                        example.getValue().path("value"),
                                        schemas,
                                        method.getKey() + " " + path.getKey() + " example " + example.getKey(),
                                        missing)));
                    }
                }));
        assertThat(missing).as("fields the schemas require that examples lack").isEmpty();
    }

    /** Adds to {@code missing} each field that the schema requires and the value (or a value within it) lacks. */
    private static void requireFields(
            JsonNode schema, JsonNode value, JsonNode schemas, String where, List<String> missing) {
        JsonNode resolved = resolve(schema, schemas);
        if (value.isObject()) {
            for (JsonNode name : resolved.path("required")) {
                if (!value.has(name.asText())) {
                    missing.add(where + ": " + name.asText());
                }
            }
            value.fields().forEachRemaining(field -> {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    requireFields(property, field.getValue(), schemas, where + "." + field.getKey(), missing);
                }
            });
        } else if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                requireFields(resolved.path("items"), value.get(i), schemas, where + "[" + i + "]", missing);
            }
        }
    }

    /** The schema a reference names, also when it is wrapped alone in allOf (as a described reference is). */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = schema;
        while (true) {
            if (resolved.has("$ref")) {
                String ref = resolved.path("$ref").asText();
                resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (resolved.path("allOf").size() == 1) {
                resolved = resolved.path("allOf").get(0);
            } else {
                return resolved;
            }
        }
    }

    private static JsonNode requestExample(JsonNode operation, String name) {
        JsonNode example = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples")
                .path(name)
                .path("value");
        assertThat(example.isMissingNode()).as("request example " + name).isFalse();
        return example;
    }

    private static JsonNode responseExample(JsonNode operation, String status, String name) {
        JsonNode example = operation
                .path("responses")
                .path(status)
                .path("content")
                .path("application/json")
                .path("examples")
                .path(name)
                .path("value");
        assertThat(example.isMissingNode()).as("response example " + name).isFalse();
        return example;
    }

    /** Every field of the example is in the actual JSON with the same value; array items match by id. */
    private static void assertPartOf(JsonNode example, JsonNode actual, String path) {
        if (example.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            example.fields().forEachRemaining(field -> {
                if (!VARYING.contains(field.getKey())) {
                    assertThat(actual.has(field.getKey()))
                            .as(path + "." + field.getKey())
                            .isTrue();
                    assertPartOf(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
                }
            });
        } else if (example.isArray() && example.size() > 0 && identity(example.get(0)) != null) {
            for (JsonNode item : example) {
                String key = identity(item);
                assertPartOf(item, find(actual, key, item.get(key), path), path + "[" + item.get(key) + "]");
            }
        } else if (example.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.doubleValue()).as(path).isEqualTo(example.doubleValue());
        } else {
            assertThat(actual).as(path).isEqualTo(example);
        }
    }

    private static String identity(JsonNode item) {
        for (String key : IDENTITIES) {
            if (item.has(key)) {
                return key;
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode array, String key, JsonNode value, String path) {
        for (JsonNode item : array) {
            if (value.equals(item.get(key))) {
                return item;
            }
        }
        return fail(path + " has no item with " + key + " " + value);
    }
}
