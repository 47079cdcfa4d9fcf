package io.airisk.common;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.common.error.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete enough for a client to be generated from it and trusted. */
@QuarkusTest
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern REF = Pattern.compile("\"\\$ref\":\"#/components/(schemas|responses)/([^\"]+)\"");

    /** The document and Swagger UI are public: generators and browsers read them without a key. */
    private final Api reader = Api.anonymous();

    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws IOException {
        String json = reader.given()
                .accept("application/json")
                .queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void shouldDescribeTheApi() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isNotBlank();
        assertThat(info.path("version").asText()).isNotBlank();
        assertThat(info.path("description").asText()).contains("not a forecast");
        assertThat(info.path("license").path("name").asText()).isEqualTo("Apache-2.0");
    }

    @Test
    void shouldNameEveryOperationOnceWithASummary() {
        List<String> ids = new ArrayList<>();
        operations().forEach((where, operation) -> {
            assertThat(operation.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            ids.add(operation.path("operationId").asText());
        });
        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains(
                        "listQuestionnaires",
                        "getCurrentQuestionnaire",
                        "getQuestionnaire",
                        "createAssessment",
                        "listAssessments",
                        "getAssessment",
                        "answerAssessment",
                        "submitAssessment",
                        "deleteAssessment",
                        "scoreAnswers");
    }

    @Test
    void shouldReferenceTheSharedProblemResponsesFromEveryOperation() {
        JsonNode components = document.path("components").path("responses");
        operations().forEach((where, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.fieldNames()).toIterable().as(where).anyMatch(code -> code.startsWith("2"));
            assertThat(responses.path("500").path("$ref").asText()).as(where).endsWith("/InternalError");
            if (operation.has("requestBody")) {
                assertThat(responses.path("400").path("$ref").asText())
                        .as(where)
                        .endsWith("/BadRequest");
                assertThat(responses.path("413").path("$ref").asText())
                        .as(where)
                        .endsWith("/PayloadTooLarge");
                assertThat(responses.path("415").path("$ref").asText())
                        .as(where)
                        .endsWith("/UnsupportedMediaType");
            }
            if (where.contains("{")) {
                assertThat(responses.path("404").path("$ref").asText())
                        .as(where)
                        .endsWith("/NotFound");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().compareTo("400") >= 0) {
                    assertThat(response.getValue().path("$ref").asText())
                            .as(where + " " + response.getKey() + " is a shared component")
                            .startsWith("#/components/responses/");
                }
            });
        });
        components
                .fields()
                .forEachRemaining(component -> assertThat(component
                                .getValue()
                                .path("content")
                                .path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asText())
                        .as(component.getKey())
                        .isEqualTo("#/components/schemas/Problem"));
    }

    @Test
    void shouldDocumentTheErrorsEachOperationCanAnswer() {
        assertThat(responseCodes("post", "/api/v1/assessments")).contains("201", "400", "404", "409", "422");
        assertThat(responseCodes("patch", "/api/v1/assessments/{id}/answers"))
                .contains("200", "400", "404", "409", "412", "503");
        assertThat(responseCodes("post", "/api/v1/assessments/{id}/submit"))
                .contains("200", "400", "404", "409", "412", "422", "503");
        assertThat(responseCodes("delete", "/api/v1/assessments/{id}")).contains("204", "400", "404", "412");
        assertThat(responseCodes("post", "/api/v1/scores")).contains("200", "400", "404");
        assertThat(responseCodes("get", "/api/v1/questionnaires/{version}")).contains("200", "404");
    }

    @Test
    void shouldListEveryProblemTypeWithItsMeaning() {
        String types = document.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("type")
                .path("description")
                .asText();
        for (ProblemType type : ProblemType.values()) {
            assertThat(types).contains("`" + type.type() + "` (" + type.status() + "): " + type.meaning());
        }
    }

    @Test
    void shouldResolveEveryReferenceAndReferenceEverySchema() {
        Set<String> referenced = new HashSet<>();
        Matcher references = REF.matcher(document.toString());
        while (references.find()) {
            assertThat(document.path("components").path(references.group(1)).has(references.group(2)))
                    .as(references.group())
                    .isTrue();
            referenced.add(references.group(1) + "/" + references.group(2));
        }
        document.path("components")
                .path("schemas")
                .fieldNames()
                .forEachRemaining(name ->
                        assertThat(referenced).as("schema " + name + " is used").contains("schemas/" + name));
    }

    @Test
    void shouldListTheRequiredFieldsOfEveryResponseSchema() {
        JsonNode schemas = document.path("components").path("schemas");
        for (String name : List.of(
                "Assessment",
                "AssessmentPage",
                "ScoreResult",
                "DimensionScore",
                "Contribution",
                "OverallTerm",
                "Recommendation",
                "Questionnaire",
                "Question",
                "Option",
                "QuestionnaireSummary",
                "Problem",
                "FieldError")) {
            assertThat(strings(schemas.path(name).path("required"))).as(name).isNotEmpty();
        }
        assertThat(strings(schemas.path("ScoreResult").path("required")))
                .contains(
                        "overallRisk", "band", "completeness", "questionnaireVersion", "dimensions", "recommendations");
        assertThat(strings(schemas.path("Assessment").path("required")))
                .contains("id", "status", "answers", "version")
                .doesNotContain("result", "submittedAt");
        assertThat(strings(schemas.path("Question").path("required"))).doesNotContain("showIf", "options");
    }

    @Test
    void shouldGiveBandsStatusesAndAnswersTheirTypes() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(strings(schemas.path("RiskBand").path("enum")))
                .containsExactly("LOW", "MODERATE", "HIGH", "CRITICAL");
        assertThat(strings(schemas.path("AssessmentStatus").path("enum")))
                .containsExactly("DRAFT", "IN_REVIEW", "SUBMITTED");
        assertThat(schemas.path("ScoreResult")
                        .path("properties")
                        .path("band")
                        .path("$ref")
                        .asText())
                .endsWith("/RiskBand");
        assertThat(schemas.path("Assessment")
                        .path("properties")
                        .path("result")
                        .path("$ref")
                        .asText())
                .as("the stored result is the one result schema")
                .endsWith("/ScoreResult");
        assertThat(schemas.path("Assessment")
                        .path("properties")
                        .path("answers")
                        .path("$ref")
                        .asText())
                .endsWith("/Answers");
        assertThat(schemas.path("Answers")
                        .path("additionalProperties")
                        .path("$ref")
                        .asText())
                .endsWith("/AnswerValue");
        JsonNode answerValue = schemas.path("AnswerValue");
        assertThat(answerValue.has("type") || answerValue.has("oneOf") || answerValue.has("anyOf"))
                .as("an answer is any JSON value, which generated clients take as a plain value")
                .isFalse();
        assertThat(answerValue.path("description").asText())
                .contains("option id", "array of option ids", "number", "true or false", "\"unknown\"", "null");
    }

    /**
     * A oneOf or anyOf with an array among its alternatives is what Java's generated clients cannot
     * compile (native: {@code List<String>.class}) or read (okhttp-gson: "Not a JSON Primitive").
     */
    @Test
    void shouldOfferNoChoiceOfTypesThatIncludesAnArray() {
        List<String> choices = new ArrayList<>();
        for (String keyword : List.of("oneOf", "anyOf")) {
            document.findValues(keyword).forEach(alternatives -> {
                if (alternatives.isArray()) {
                    alternatives.forEach(alternative -> {
                        if (alternative.path("type").asText().equals("array")) {
                            choices.add(keyword + " " + alternatives);
                        }
                    });
                }
            });
        }
        assertThat(choices).isEmpty();
    }

    /** Generated clients type ids as UUIDs, so that an id read from an answer is passed on as it is. */
    @Test
    void shouldTypeEveryIdInAPathAsAUuid() {
        List<String> untyped = new ArrayList<>();
        operations()
                .forEach((name, operation) -> operation.path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asText().equals("path")
                            && parameter.path("name").asText().matches("id|tokenId")
                            && !parameter.path("schema").path("$ref").asText().endsWith("/UUID")) {
                        untyped.add(name + " " + parameter.path("name").asText());
                    }
                }));
        assertThat(untyped).isEmpty();
        assertThat(document.path("components")
                        .path("schemas")
                        .path("UUID")
                        .path("format")
                        .asText())
                .isEqualTo("uuid");
    }

    /**
     * Where an operation answers no content, its only documented media type is problem details, and
     * generated clients (Java, Python) send {@code Accept: application/problem+json} alone: that must
     * reach the operation (here: 404 for an unknown id), not be refused with 406.
     */
    @Test
    void shouldServeClientsThatAcceptOnlyProblemsWhereNothingElseHasABody() {
        Api admin = Api.as(TestKeys.ADMIN);
        List<String> refused = new ArrayList<>();
        operations().forEach((name, operation) -> {
            boolean noContent = true;
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            operation.path("responses").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                noContent &= !response.getKey().startsWith("2")
                        || !response.getValue().has("content");
            }
            if (noContent) {
                String method = name.substring(0, name.indexOf(' '));
                String path = name.substring(name.indexOf(' ') + 1)
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                var request = admin.given().accept(PROBLEM_JSON);
                if (operation.has("requestBody")) {
                    request.contentType("application/json").body("{}");
                }
                int status = request.request(method, path).statusCode();
                if (status != 404) {
                    refused.add(name + " answered " + status);
                }
            }
        });
        assertThat(refused).isEmpty();
    }

    /** Java's native client parses a plain string answer as JSON; bytes it hands over whole. */
    @Test
    void shouldDescribeEveryAnswerThatIsNotJsonAsBytes() {
        List<String> notBytes = new ArrayList<>();
        operations()
                .forEach((name, operation) -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(response -> {
                            if (response.getKey().startsWith("2")) {
                                response.getValue().path("content").fields().forEachRemaining(media -> {
                                    if (!media.getKey().contains("json")
                                            && !media.getValue()
                                                    .path("schema")
                                                    .path("format")
                                                    .asText()
                                                    .equals("binary")) {
                                        notBytes.add(name + " " + response.getKey() + " " + media.getKey());
                                    }
                                });
                            }
                        }));
        assertThat(notBytes).isEmpty();
    }

    /** Python's re, among others, knows no Unicode property escapes such as \p{Cc}. */
    @Test
    void shouldUseOnlyPatternsThatEveryMainstreamGeneratorCompiles() {
        List<String> patterns = document.findValuesAsText("pattern");
        assertThat(patterns).allSatisfy(pattern -> assertThat(pattern).doesNotContainPattern("\\\\[pPX]"));
    }

    @Test
    void shouldServeSwaggerUi() {
        reader.given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(10);
        return operations;
    }

    private Set<String> responseCodes(String method, String path) {
        Set<String> codes = new HashSet<>();
        document.path("paths")
                .path(path)
                .path(method)
                .path("responses")
                .fieldNames()
                .forEachRemaining(codes::add);
        return codes;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            values.add(it.next().asText());
        }
        return values;
    }
}
