package io.airisk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.respondent.RoleAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request the OpenAPI document shows is one the service accepts as it stands: each request
 * body example, each parameter example and the example of the answers schema is sent to its
 * operation, in a tenant of its own with what the operation needs (a draft, a submitted
 * assessment, a disagreement), and must be answered 2xx. An example written for an earlier
 * questionnaire version (a question or option that the current one does not have) fails here.
 */
@QuarkusTest
class OpenApiRequestExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Operations whose {id} must be a submitted assessment or one with a disagreement, not a draft. */
    private static final Map<String, Fixture> NEEDS = Map.of(
            "createShareToken", Fixture.SUBMITTED,
            "compareAssessment", Fixture.SUBMITTED_ON_V2,
            "resolveDisagreement", Fixture.DISPUTED);

    private enum Fixture {
        DRAFT,
        SUBMITTED,
        /** Submitted on v2, from which v3 declares its migration (a comparison moves along it). */
        SUBMITTED_ON_V2,
        DISPUTED,
        ORGANIZATION
    }

    /** One documented request: an operation, and the examples of its body and parameters. */
    private record Documented(
            String operationId,
            String method,
            String path,
            String name,
            JsonNode body,
            Map<String, JsonNode> pathParameters,
            Map<String, JsonNode> queryParameters) {}

    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws IOException {
        document = Api.openApiDocument();
    }

    @Test
    void shouldShowAnExampleOfEveryRequestBody() {
        List<String> without = new ArrayList<>();
        operations().forEach((operationId, operation) -> {
            JsonNode content = operation.path("requestBody").path("content");
            content.fields().forEachRemaining(media -> {
                if (media.getValue().path("examples").isEmpty()
                        && !media.getValue().has("example")) {
                    without.add(operationId + " " + media.getKey());
                }
            });
        });
        assertThat(without).as("request bodies without an example").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> shouldAcceptEveryDocumentedRequest() {
        List<Documented> requests = documentedRequests();
        assertThat(requests).extracting(Documented::operationId).contains("createAssessment", "answerAssessment");
        return requests.stream()
                .map(request -> DynamicTest.dynamicTest(
                        request.operationId() + ": " + request.name(), () -> assertAccepted(request)));
    }

    @Test
    void shouldAcceptTheExampleOfTheAnswersSchema() {
        JsonNode answers = document.path("components")
                .path("schemas")
                .path("Answers")
                .path("examples")
                .path(0);
        assertThat(answers.isObject()).as("the answers schema's example").isTrue();
        Api admin = Api.as(TestKeys.ADMIN).newTenant(Api.organization("Answers example"));

        admin.patch(draft(admin), answers.toString()).statusCode(200);
    }

    private void assertAccepted(Documented request) {
        Api admin = Api.as(TestKeys.ADMIN).newTenant(Api.organization("Examples"));
        // Only the bootstrap key creates tenants.
        Api caller = request.path().equals("/api/v1/tenants") ? Api.as(TestKeys.ADMIN) : admin;
        RequestSpecification spec = caller.given();
        String path = request.path();
        if (path.contains("{id}")) {
            path = path.replace("{id}", fixture(admin, request));
        }
        for (Map.Entry<String, JsonNode> parameter : request.pathParameters().entrySet()) {
            path = path.replace(
                    "{" + parameter.getKey() + "}", parameter.getValue().asText());
        }
        request.queryParameters().forEach((name, value) -> spec.queryParam(name, value.asText()));
        if (request.body() != null) {
            spec.contentType(ContentType.JSON).body(request.body().toString());
        }

        Response response = spec.request(request.method(), path);

        assertThat(response.statusCode())
                .as("%s %s with example %s answered %s", request.method(), path, request.name(), response.asString())
                .isBetween(200, 299);
    }

    /** The id the operation's path needs, made in the caller's tenant. */
    private String fixture(Api admin, Documented request) {
        Fixture needed = request.path().startsWith("/api/v1/organizations/")
                ? Fixture.ORGANIZATION
                : NEEDS.getOrDefault(request.operationId(), Fixture.DRAFT);
        return switch (needed) {
            case DRAFT -> draft(admin);
            case SUBMITTED -> submitted(admin).path("id").asText();
            case SUBMITTED_ON_V2 -> submittedOnV2(admin);
            case ORGANIZATION -> submitted(admin).path("organizationId").asText();
            case DISPUTED ->
                disputed(admin, request.pathParameters().get("questionId").asText());
        };
    }

    /** A draft of the current version with every answer of the worked example. */
    private static String draft(Api admin) {
        return RoleAnswers.draft(admin, Api.organization("Example draft"), RoleAnswers.answers());
    }

    private static JsonNode submitted(Api admin) {
        return admin.expect(200, "POST", "/api/v1/assessments/" + draft(admin) + "/submit", null);
    }

    private static String submittedOnV2(Api admin) {
        try {
            Map<String, Object> body = Api.createBody(
                    Api.organization("Example on v2"),
                    JSON.readValue(
                            Path.of("examples", "v2-worked-example-answers.json")
                                    .toFile(),
                            Map.class));
            body.put("questionnaireVersion", "v2");
            String id = admin.create(body).statusCode(201).extract().path("id");
            admin.submit(id).statusCode(200);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A draft where two respondents of the question's role gave it different answers. */
    private static String disputed(Api admin, String questionId) {
        JsonNode question = null;
        for (JsonNode candidate :
                admin.expect(200, "GET", "/api/v1/questionnaires/current", null).path("questions")) {
            if (candidate.path("id").asText().equals(questionId)) {
                question = candidate;
            }
        }
        assertThat(question).as("the documented question " + questionId).isNotNull();
        String role = question.path("respondent").asText();
        String draft = RoleAnswers.draft(
                admin, Api.organization("Example dispute"), RoleAnswers.without(RoleAnswers.answers(), role));
        for (int i = 0; i < 2; i++) {
            String token =
                    RoleAnswers.mint(admin, draft, role, null).path("token").asText();
            String option = question.path("options").get(i).path("id").asText();
            Api.as(token).patch(draft, Map.of(questionId, option)).statusCode(200);
        }
        return draft;
    }

    /** Each request body example with its operation's parameter examples, and each operation with parameter examples only. */
    private List<Documented> documentedRequests() {
        List<Documented> requests = new ArrayList<>();
        operations().forEach((operationId, operation) -> {
            Map<String, JsonNode> inPath = new LinkedHashMap<>();
            Map<String, JsonNode> inQuery = new LinkedHashMap<>();
            operation.path("parameters").forEach(parameter -> {
                JsonNode example = example(parameter);
                String in = parameter.path("in").asText();
                if (example != null && in.equals("path")) {
                    inPath.put(parameter.path("name").asText(), example);
                } else if (example != null && in.equals("query")) {
                    inQuery.put(parameter.path("name").asText(), example);
                }
            });
            String method = operation.path("x-method").asText();
            String path = operation.path("x-path").asText();
            JsonNode examples = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("examples");
            if (examples.isEmpty()) {
                if (!inPath.isEmpty() || !inQuery.isEmpty()) {
                    requests.add(new Documented(operationId, method, path, "parameters", null, inPath, inQuery));
                }
            } else {
                examples.fields()
                        .forEachRemaining(example -> requests.add(new Documented(
                                operationId,
                                method,
                                path,
                                example.getKey(),
                                example.getValue().path("value"),
                                inPath,
                                inQuery)));
            }
        });
        return requests;
    }

    private static JsonNode example(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.path("example");
        }
        JsonNode examples = parameter.path("schema").path("examples");
        return examples.isArray() && !examples.isEmpty() ? examples.get(0) : null;
    }

    /** Every operation by its id, marked with its method and path. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        ObjectNode operation = method.getValue().deepCopy();
                        operation.put("x-method", method.getKey().toUpperCase(Locale.ROOT));
                        operation.put("x-path", path.getKey());
                        operations.put(operation.path("operationId").asText(), operation);
                    }
                }));
        return operations;
    }
}
