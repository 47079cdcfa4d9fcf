package io.airisk.assessment;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a clear 4xx problem naming the field, and changes nothing. */
@QuarkusTest
class BadInputTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("unknown question", "{\"llm.nope\": \"core\"}", "llm.nope"),
                Arguments.of("unknown option", "{\"llm.production_use\": \"everywhere\"}", "llm.production_use"),
                Arguments.of("number for a choice", "{\"llm.production_use\": 3}", "llm.production_use"),
                Arguments.of("string for a number", "{\"infra.commitment_years\": \"3\"}", "infra.commitment_years"),
                Arguments.of("number above max", "{\"infra.commitment_years\": 11}", "infra.commitment_years"),
                Arguments.of("number below min", "{\"llm.process_share\": -1}", "llm.process_share"),
                Arguments.of("fraction for a scale", "{\"infra.switching_cost\": 2.5}", "infra.switching_cost"),
                Arguments.of("scale out of range", "{\"infra.switching_cost\": 0}", "infra.switching_cost"),
                Arguments.of("string for a boolean", "{\"infra.exit_clauses\": \"yes\"}", "infra.exit_clauses"),
                Arguments.of(
                        "string for multi choice",
                        "{\"reasoning.critical_use\": \"planning\"}",
                        "reasoning.critical_use"),
                Arguments.of("empty multi choice", "{\"reasoning.critical_use\": []}", "reasoning.critical_use"),
                Arguments.of(
                        "duplicate option",
                        "{\"reasoning.critical_use\": [\"planning\", \"planning\"]}",
                        "reasoning.critical_use"),
                Arguments.of(
                        "exclusive combined",
                        "{\"reasoning.critical_use\": [\"none\", \"planning\"]}",
                        "reasoning.critical_use"),
                Arguments.of(
                        "object for a choice", "{\"llm.production_use\": {\"id\": \"core\"}}", "llm.production_use"),
                Arguments.of(
                        "one bad among good",
                        "{\"llm.production_use\": \"core\", \"signals.owner\": \"someone\"}",
                        "signals.owner"));
    }

    @ParameterizedTest(name = "PATCH with {0}")
    @MethodSource("badAnswers")
    void shouldRejectBadAnswersInAPatchAndChangeNothing(String name, String answers, String field) {
        String id = admin.createDraft(Api.organization("BadPatch"), Map.of("signals.owner", "nobody"));

        admin.given()
                .contentType(ContentType.JSON)
                .body(answers)
                .when()
                .patch("/api/v1/assessments/{id}/answers", id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("errors.field", hasItem(field));

        admin.get(id).body("version", equalTo(0)).body("answers", equalTo(Map.of("signals.owner", "nobody")));
    }

    @ParameterizedTest(name = "POST /scores with {0}")
    @MethodSource("badAnswers")
    void shouldRejectBadAnswersInAWhatIf(String name, String answers, String field) {
        admin.given()
                .contentType(ContentType.JSON)
                .body("{\"answers\": " + answers + "}")
                .when()
                .post("/api/v1/scores")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "POST /assessments with {0}")
    @MethodSource("badAnswers")
    void shouldRejectBadAnswersOnCreateAndStoreNothing(String name, String answers, String field) {
        String organization = Api.organization("BadCreate");
        admin.given()
                .contentType(ContentType.JSON)
                .body("{\"organization\": {\"name\": \"" + organization + "\"}, \"answers\": " + answers + "}")
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));

        assertThat(admin.count(organization)).isZero();
    }

    static Stream<Arguments> badCreateBodies() {
        String tooLong = "x".repeat(201);
        return Stream.of(
                Arguments.of("blank name", "{\"organization\": {\"name\": \"   \"}}", "organization.name"),
                Arguments.of("empty name", "{\"organization\": {\"name\": \"\"}}", "organization.name"),
                Arguments.of(
                        "name too long", "{\"organization\": {\"name\": \"" + tooLong + "\"}}", "organization.name"),
                Arguments.of("name missing", "{\"organization\": {}}", "organization.name"),
                Arguments.of("name with a NUL", "{\"organization\": {\"name\": \"A\\u0000B\"}}", "organization.name"),
                Arguments.of(
                        "industry with a control",
                        "{\"organization\": {\"name\": \"NAME\", \"industry\": \"x\\u0007\"}}",
                        "organization.industry"),
                Arguments.of("name a number", "{\"organization\": {\"name\": 42}}", "organization.name"),
                Arguments.of("organization missing", "{}", "organization"),
                Arguments.of("organization a string", "{\"organization\": \"Acme\"}", "organization"),
                Arguments.of(
                        "answers an array", "{\"organization\": {\"name\": \"NAME\"}, \"answers\": []}", "answers"),
                Arguments.of(
                        "unknown field",
                        "{\"organization\": {\"name\": \"NAME\"}, \"organisation\": 1}",
                        "organisation"),
                Arguments.of(
                        "industry too long",
                        "{\"organization\": {\"name\": \"NAME\", \"industry\": \"" + tooLong + "\"}}",
                        "organization.industry"),
                Arguments.of(
                        "version a number",
                        "{\"organization\": {\"name\": \"NAME\"}, \"questionnaireVersion\": 1}",
                        "questionnaireVersion"),
                Arguments.of("body null", "null", "body"));
    }

    /**
     * Bodies whose organization name is valid carry a unique one (NAME), so that the list can show
     * that nothing was stored; the others cannot have stored anything the list could find.
     */
    @ParameterizedTest(name = "POST /assessments with {0}")
    @MethodSource("badCreateBodies")
    void shouldRejectBadCreateBodiesNamingTheField(String name, String body, String field) {
        String organization = Api.organization("BadCreate");

        admin.given()
                .contentType(ContentType.JSON)
                .body(body.replace("NAME", organization))
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));

        assertThat(admin.count(organization)).isZero();
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("truncated", "{\"organization\": {\"name\": "),
                Arguments.of("trailing comma", "{\"organization\": {\"name\": \"NAME\",}}"),
                Arguments.of("not JSON", "organization=Acme"),
                Arguments.of("trailing garbage", "{\"organization\": {\"name\": \"NAME\"}} x"),
                Arguments.of("duplicate key", "{\"organization\": {\"name\": \"NAME\", \"name\": \"NAME\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void shouldRejectMalformedJson(String name, String body) {
        String organization = Api.organization("Malformed");

        admin.given()
                .contentType(ContentType.JSON)
                .body(body.replace("NAME", organization))
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("detail", notNullValue());

        assertThat(admin.count(organization)).isZero();
    }

    @Test
    void shouldRejectAnUnknownQuestionnaireVersionWith404() {
        admin.given()
                .contentType(ContentType.JSON)
                .body("{\"organization\": {\"name\": \"A\"}, \"questionnaireVersion\": \"v9\"}")
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        admin.score(Map.of("questionnaireVersion", "v9", "answers", Map.of()))
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectBodiesOverTheLimitWith413() {
        String padding = "x".repeat((int) Api.maxBody() + 10);
        String organization = Api.organization("Oversize");

        admin.given()
                .contentType(ContentType.JSON)
                .body("{\"organization\": {\"name\": \"" + organization + "\", \"industry\": \"" + padding + "\"}}")
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));

        assertThat(admin.count(organization)).isZero();
    }

    @Test
    void shouldRejectAPageBeyondAnyThatCanExistAndAControlCharacterInTheFilter() {
        admin.given()
                .queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("page"));
        admin.given()
                .queryParam("organization", "A\u0000B")
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organization"));
    }

    @Test
    void shouldRejectBadListParametersNamingEach() {
        admin.given()
                .queryParam("page", -1)
                .queryParam("size", 1000)
                .queryParam("status", "DONE")
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("page", "size", "status"));
        admin.given()
                .queryParam("page", "first")
                .when()
                .get("/api/v1/assessments")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsWithProblems() {
        admin.given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON);
        admin.given().when().get("/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON);
        admin.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put("/api/v1/scores")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON);
        admin.given()
                .contentType(ContentType.TEXT)
                .body("hello")
                .when()
                .post("/api/v1/scores")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNeverLeakClassNamesInProblems() {
        admin.given()
                .contentType(ContentType.JSON)
                .body("{\"organization\": []}")
                .when()
                .post("/api/v1/assessments")
                .then()
                .statusCode(400)
                .body(not(org.hamcrest.Matchers.containsString("java.")))
                .body(not(org.hamcrest.Matchers.containsString("io.airisk")));
    }
}
