package io.airisk.common;

import static io.airisk.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.airisk.Api;
import io.airisk.Concurrently;
import io.airisk.RawHttp;
import io.airisk.TestKeys;
import io.airisk.common.http.HttpLimits;
import io.airisk.idempotency.Idempotency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or careless client may send: bodies that would make the service do unbounded
 * work or build unbounded answers, retries of deleted work, weak preconditions, names that only
 * look like text, and framing the HTTP layer must refuse. Each answer is a bounded 4xx problem,
 * and the service keeps answering others.
 */
@QuarkusTest
class HostileInputTest {

    /** An answers object of 5,000 unknown keys: within the body limit, far more keys than questions. */
    private static final String HUGE_ANSWERS =
            IntStream.range(0, 5_000).mapToObj(i -> "\"" + i + "\":1").collect(Collectors.joining(",", "{", "}"));

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldRefuseFarMoreAnswerKeysThanQuestionsWithASmallProblem() {
        assertThat(HUGE_ANSWERS.length()).isLessThan((int) Api.maxBody() - 100);
        String id = admin.createDraft(Api.organization("Huge"), Map.of());

        List<ExtractableResponse<Response>> answers = List.of(
                admin.score("{\"questionnaireVersion\": \"v1\", \"answers\": " + HUGE_ANSWERS + "}")
                        .extract(),
                admin.patch(id, HUGE_ANSWERS).extract(),
                admin.create("{\"organization\": {\"name\": \"Huge\"}, \"answers\": " + HUGE_ANSWERS + "}")
                        .extract());

        for (ExtractableResponse<Response> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
            assertThat(answer.asByteArray().length).isLessThan(2_000);
        }
        admin.get(id).body("answers", equalTo(Map.of())).body("version", equalTo(0));
    }

    @Test
    void shouldNameTheAnswersObjectWhenItHasMoreKeysThanTwiceTheQuestions() {
        String keys =
                IntStream.range(0, 59).mapToObj(i -> "\"x.k" + i + "\": 1").collect(Collectors.joining(",", "{", "}"));

        admin.score("{\"questionnaireVersion\": \"v1\", \"answers\": " + keys + "}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("answers"));
    }

    @Test
    void shouldListFiftyErrorsAndCountTheRest() {
        String keys =
                IntStream.range(0, 58).mapToObj(i -> "\"x.k" + i + "\": 1").collect(Collectors.joining(",", "{", "}"));

        admin.score("{\"questionnaireVersion\": \"v1\", \"answers\": " + keys + "}")
                .statusCode(400)
                .body("errors", hasSize(50))
                .body("omittedErrors", equalTo(8))
                .body("detail", startsWith("58 fields are invalid: "));
    }

    @Test
    void shouldRefuseABodyOfMoreJsonValuesThanAnyRequestHolds() {
        String values = IntStream.range(0, 20_000).mapToObj(i -> "1").collect(Collectors.joining(",", "[", "]"));

        admin.score("{\"questionnaireVersion\": \"v1\", \"answers\": {\"reasoning.critical_use\": " + values + "}}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("body"))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString("StreamReadConstraints")));
    }

    @Test
    void shouldKeepAnsweringWhileManyHugeBodiesArriveAtOnce() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>(Collections.nCopies(
                16,
                () -> admin.score("{\"questionnaireVersion\": \"v1\", \"answers\": " + HUGE_ANSWERS + "}")
                        .extract()
                        .statusCode()));

        assertThat(Concurrently.run(16, calls)).containsOnly(400);
        admin.scoreAnswers(Map.of("llm.production_use", "core")).statusCode(200);
    }

    @Test
    void shouldForgetTheRetriesOfADeletedAssessment() {
        String key = UUID.randomUUID().toString();
        String organization = Api.organization("Forgotten");
        Map<String, Object> body = Api.createBody(organization, Map.of());
        String deleted =
                admin.createWithKey(key, body).statusCode(201).extract().path("id");
        String submitKey = UUID.randomUUID().toString();
        String submitted = admin.createCompleteDraft(Api.organization("Forgotten submit"));
        admin.given()
                .header(Idempotency.HEADER, submitKey)
                .post("/api/v1/assessments/{id}/submit", submitted)
                .then()
                .statusCode(200);

        admin.delete(deleted).statusCode(204);
        admin.delete(submitted).statusCode(204);

        ExtractableResponse<Response> retry =
                admin.createWithKey(key, body).statusCode(201).extract();
        assertThat(retry.header(Idempotency.REPLAYED)).isNull();
        assertThat(retry.<String>path("id")).isNotEqualTo(deleted);
        admin.given().when().get(retry.header("Location")).then().statusCode(200);
        admin.given()
                .header(Idempotency.HEADER, submitKey)
                .post("/api/v1/assessments/{id}/submit", submitted)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAnEmptyOrRepeatedIdempotencyKey() {
        for (List<String> values : List.of(List.of(""), List.of("a", "b"), List.of("x".repeat(256)))) {
            String organization = Api.organization("Key");
            var request = admin.given().contentType(ContentType.JSON).body(Api.createBody(organization, Map.of()));
            values.forEach(value -> request.header(Idempotency.HEADER, value));

            request.post("/api/v1/assessments")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors.field", contains(Idempotency.HEADER));
            assertThat(admin.count(organization)).as("%s", values).isZero();
        }
    }

    @Test
    void shouldRefuseAMalformedIfMatchAndAWeakOne() {
        String id = admin.createDraft(Api.organization("IfMatch"), Map.of());

        for (String ifMatch : List.of("0", "W/\"0\"", "\"0\" \"1\"")) {
            int status = admin.given()
                    .header("If-Match", ifMatch)
                    .contentType(ContentType.JSON)
                    .body(Map.of("signals.owner", "nobody"))
                    .patch("/api/v1/assessments/{id}/answers", id)
                    .then()
                    .contentType(PROBLEM_JSON)
                    .extract()
                    .statusCode();
            assertThat(status).as(ifMatch).isEqualTo(ifMatch.startsWith("W/") ? 412 : 400);
        }
        admin.get(id).body("version", equalTo(0));
    }

    @Test
    void shouldCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        // 200 characters, 364 UTF-16 units, unique across runs on a kept database.
        String name = emoji.repeat(164) + UUID.randomUUID();

        String id = admin.create(Map.of("organization", Map.of("name", name)))
                .statusCode(201)
                .extract()
                .path("id");

        admin.get(id).body("organization.name", equalTo(name));
        assertThat(admin.count(name)).isEqualTo(1);
        admin.create(Map.of("organization", Map.of("name", emoji.repeat(201))))
                .statusCode(400)
                .body("errors.field", contains("organization.name"));
    }

    @Test
    void shouldTreatInvisibleNamesAsBlankAndLoneSurrogatesAsInvalid() {
        for (String name : List.of("\\u00a0\\u200b", "\\u3000\\ufeff", "A\\ud800B", "\\udc00")) {
            admin.create("{\"organization\": {\"name\": \"" + name + "\"}}")
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors.field", contains("organization.name"));
        }
    }

    @Test
    void shouldRefuseBidirectionalControlsInNames() {
        for (String name : List.of("Acme \\u202egnp.exe", "\\u2066Acme\\u2069", "Acme\\u200f", "\\u202aAcme")) {
            String organization = Api.organization("Bidi");
            admin.create("{\"organization\": {\"name\": \"" + name + "\", \"industry\": \"" + organization + "\"}}")
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("errors.field", contains("organization.name"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("bidirectional"));
        }
    }

    @Test
    void shouldRefuseABodyThatIsNotJsonInUtf8WithA415() throws IOException {
        String organization = Api.organization("Media");
        String body = "{\"organization\": {\"name\": \"" + organization + "\"}}";
        for (String contentType : List.of(
                "",
                "Content-Type: */*\r\n",
                "Content-Type: text/plain\r\n",
                "Content-Type: application/json; charset=bogus\r\n",
                "Content-Type: application/json; charset=utf-16\r\n")) {
            String response = raw("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestKeys.ADMIN + "\r\n" + contentType
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body);

            assertThat(response).as(contentType).startsWith("HTTP/1.1 415").contains(PROBLEM_JSON);
        }
        String utf16 = "POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.ADMIN
                + "\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: " + 2 * body.length()
                + "\r\n\r\n" + new String(body.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
        assertThat(raw(utf16)).startsWith("HTTP/1.1 415");
        assertThat(admin.count(organization)).isZero();
    }

    @Test
    void shouldNotRepeatTheHostItWasSentInLocation() throws IOException {
        String body = "{\"organization\": {\"name\": \"" + Api.organization("Host") + "\"}}";

        String response = raw("POST /api/v1/assessments HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                + TestKeys.ADMIN + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 201").doesNotContain("evil.example");
        assertThat(response).containsPattern("(?i)location: /api/v1/assessments/[0-9a-f-]{36}\r\n");
    }

    @Test
    void shouldRefuseAStringLongerThanAnyFieldBeforeBuildingIt() {
        String organization = Api.organization("Long");

        admin.create("{\"organization\": {\"name\": \"" + organization + "\", \"industry\": \"" + "a".repeat(20_000)
                        + "\"}}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("body"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("strings of at most"));
        assertThat(admin.count(organization)).isZero();
    }

    @Test
    void shouldRefuseABodyThatIsNotUtf8AsMalformed() {
        byte[] body = "{\"organization\": {\"name\": \"A\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);

        admin.given()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/assessments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:airisk:problem:malformed-json"));
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitAsOneWithALength() {
        byte[] body = ("{\"answers\": {\"x\": \"" + "a".repeat((int) Api.maxBody()) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        admin.given()
                .contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body))
                .post("/api/v1/scores")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:airisk:problem:payload-too-large"));
    }

    @Test
    void shouldAcceptAChunkedBodyUnderTheLimit() {
        byte[] body = "{\"answers\": {\"llm.production_use\": \"core\"}}".getBytes(StandardCharsets.UTF_8);

        admin.given()
                .contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body))
                .post("/api/v1/scores")
                .then()
                .statusCode(200)
                .body("completeness", lessThan(1.0f));
    }

    @Test
    void shouldAnswerOverlongTargetsAndHeadersWithProblems() {
        admin.given()
                .queryParam("organization", "x".repeat(5_000))
                .get("/api/v1/assessments")
                .then()
                .statusCode(414)
                .contentType(PROBLEM_JSON);
        admin.given()
                .header("X-Padding", "x".repeat(9_000))
                .get("/api/v1/assessments")
                .then()
                .statusCode(431)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldCountHeaderFieldsAndCloseTheConnectionOfOneWithTooMany() throws IOException {
        String fields = "X-Field: 1\r\n".repeat(HttpLimits.MAX_HEADER_FIELDS);
        String response = raw("GET /api/v1/tenant HTTP/1.1\r\nHost: localhost\r\n" + fields + "\r\n");

        assertThat(response)
                .startsWith("HTTP/1.1 431")
                .contains(PROBLEM_JSON)
                .contains("urn:airisk:problem:headers-too-large")
                .containsIgnoringCase("connection: close");

        String within = raw("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "X-Field: 1\r\n".repeat(HttpLimits.MAX_HEADER_FIELDS - 2) + "\r\n");
        assertThat(within).startsWith("HTTP/1.1 200");
    }

    @Test
    void shouldRefuseTransferCodingsOtherThanChunked() throws IOException {
        for (String coding : List.of("gzip", "gzip, chunked", "identity")) {
            String response = raw("POST /api/v1/scores HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: " + coding + "\r\n\r\n{\"answers\":{}}");

            assertThat(response).as(coding).startsWith("HTTP/1.1 501").contains(PROBLEM_JSON);
        }
    }

    @Test
    void shouldAnswerAChunkedBodyThatBreaksItsFramingWithAProblem() throws IOException {
        String response = raw("POST /api/v1/scores HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestKeys.ADMIN + "\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"answers\":{}}\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400").contains("urn:airisk:problem:unreadable-body");
    }

    @Test
    void shouldNeverAnswerWithAStackTrace() {
        admin.create("{\"organization\": []}")
                .statusCode(400)
                .body(not(org.hamcrest.Matchers.containsString("java.")))
                .body(not(org.hamcrest.Matchers.containsString("io.airisk")))
                .body("errors.field", hasItem("organization"));
    }

    /** Sends the request as it is written, to the service REST Assured was given; answers what came back. */
    private static String raw(String request) throws IOException {
        return RawHttp.exchange(RestAssured.port, request);
    }
}
