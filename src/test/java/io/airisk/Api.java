package io.airisk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Questionnaires;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.http.client.HttpClient;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one way the tests send HTTP requests: REST Assured, with exactly the credential the test
 * names ({@link #as}, {@link #anonymous}, {@link #withCredential}) and no other, to the service
 * Quarkus started for a {@code @QuarkusTest} or {@code @QuarkusIntegrationTest}, or to a packaged
 * process a test started itself ({@link #at}). Every answer is seen as the service sent it: no
 * redirect is followed, and no request is retried. Beside the requests, the API tests' shared
 * fixtures, so that no test copies one.
 *
 * <p>Only bytes no HTTP client would send (broken framing, stalls) go through {@link RawHttp} instead.
 */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    /** The questionnaire version the API tests' answers belong to. */
    public static final String VERSION = "v1";

    /** How long a request may wait to connect, and then for each part of its answer, unless told otherwise. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final java.net.http.HttpClient STREAMING = java.net.http.HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** The header that carries the credential, or null for none. */
    private final String header;

    private final String credential;
    /** The service's address, or null for the one REST Assured was given by Quarkus. */
    private final URI base;

    private final Duration timeout;

    private Api(String header, String credential, URI base, Duration timeout) {
        this.header = header;
        this.credential = credential;
        this.base = base;
        this.timeout = timeout;
    }

    /** Requests that send that key or token as {@code Authorization: Bearer <key>}. */
    public static Api as(String key) {
        Objects.requireNonNull(key, "a key to send; anonymous() sends none");
        return withCredential(TestKeys.AUTHORIZATION, "Bearer " + key);
    }

    /** Requests without any credential, as a probe, a browser or a stranger sends them. */
    public static Api anonymous() {
        return new Api(null, null, null, PATIENCE);
    }

    /** Requests that send that header as it is written: a key as {@code X-API-Key}, another scheme. */
    public static Api withCredential(String header, String value) {
        return new Api(header, value, null, PATIENCE);
    }

    /**
     * Creates a tenant (as the bootstrap key may) and answers requests to the same service as its
     * first ADMIN key: a tenant of its own, so that a test sees no other's data.
     */
    public Api newTenant(String name) {
        String key = expect(201, "POST", "/api/v1/tenants", Map.of("name", name))
                .path("adminKey")
                .asText();
        return as(key).at(base).within(timeout);
    }

    /** The same requests, to the service at that address instead. */
    public Api at(URI base) {
        return new Api(header, credential, base, timeout);
    }

    /** The same requests, failing unless each connects, and each part of its answer arrives, within that time. */
    public Api within(Duration timeout) {
        return new Api(header, credential, base, timeout);
    }

    /** A request with the credential and nothing else yet, to build on as with REST Assured's own. */
    public RequestSpecification given() {
        RestAssuredConfig config = RestAssured.config();
        int millis = Math.toIntExact(timeout.toMillis());
        RequestSpecification request = RestAssured.given()
                .config(config.httpClient(config.getHttpClientConfig()
                                .httpClientFactory(Api::clientWithoutRetries)
                                .setParam("http.connection.timeout", millis)
                                .setParam("http.socket.timeout", millis))
                        .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                // REST Assured opens a connection per request and leaves it open until the service's
                // idle timeout closes it: a few hundred requests in 30 seconds would fill the
                // service's connections (quarkus.http.limits.max-connections), as no client in use does.
                .header("Connection", "close")
                .filter(Api::withoutInventedContentType);
        if (base != null) {
            request.baseUri(base.getScheme() + "://" + base.getHost()).port(base.getPort());
        }
        if (header != null) {
            request.header(header, credential);
        }
        return request;
    }

    /**
     * Takes away the form Content-Type that REST Assured gives a POST without a body, which no other
     * client sends and which an endpoint that reads an optional JSON body refuses.
     */
    private static Response withoutInventedContentType(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (request.getBody() == null
                && request.getFormParams().isEmpty()
                && String.valueOf(request.getContentType()).startsWith(FORM)) {
            request.noContentType();
        }
        return context.next(request, response);
    }

    /** REST Assured's client, less its retries: each call is one request, whatever became of it. */
    @SuppressWarnings("deprecation") // the client REST Assured itself builds
    private static HttpClient clientWithoutRetries() {
        DefaultHttpClient client = new DefaultHttpClient();
        client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
        return client;
    }

    /** Sends that method to that path, with a JSON body (a map, or JSON text sent as it is) unless it is null. */
    public Response send(String method, String path, Object body) {
        RequestSpecification request = given();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    /**
     * GETs that path (with its query) and answers the body as it arrives, none of it read yet: for
     * answers too long to hold, or a client that stops reading. Fails unless the status is 200.
     */
    public InputStream stream(String path) throws IOException {
        URI service = base != null ? base : URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(service.resolve(path)).timeout(timeout);
        if (header != null) {
            request.header(header, credential);
        }
        try {
            java.net.http.HttpResponse<InputStream> response =
                    STREAMING.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                try (InputStream body = response.body()) {
                    throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                            + new String(body.readNBytes(2_000), StandardCharsets.UTF_8));
                }
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Sends as {@link #send}, fails unless the answer has that status, and answers its body as a tree. */
    public JsonNode expect(int status, String method, String path, Object body) {
        return json(send(method, path, body).then().statusCode(status).extract().response());
    }

    /** A create with any body: a map, or JSON text sent as it is. */
    public ValidatableResponse create(Object body) {
        return send("POST", ASSESSMENTS, body).then();
    }

    /** A create sent with an Idempotency-Key. */
    public ValidatableResponse createWithKey(String idempotencyKey, Object body) {
        return given().header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then();
    }

    /** Creates a draft and answers its id. */
    public String createDraft(String organization, Map<String, Object> answers) {
        return create(createBody(organization, answers))
                .statusCode(201)
                .extract()
                .path("id");
    }

    public String createCompleteDraft(String organization) {
        return createDraft(organization, Questionnaires.exposedCompany());
    }

    public ValidatableResponse get(String id) {
        return given().get(ASSESSMENTS + "/{id}", id).then();
    }

    public ValidatableResponse patch(String id, Object answers) {
        return given().contentType(ContentType.JSON)
                .body(answers)
                .patch(ASSESSMENTS + "/{id}/answers", id)
                .then();
    }

    public ValidatableResponse submit(String id) {
        return given().post(ASSESSMENTS + "/{id}/submit", id).then();
    }

    public ValidatableResponse delete(String id) {
        return given().delete(ASSESSMENTS + "/{id}", id).then();
    }

    /** What-if scoring of answers on {@link #VERSION}. */
    public ValidatableResponse scoreAnswers(Object answers) {
        return score(Map.of("questionnaireVersion", VERSION, "answers", answers));
    }

    public ValidatableResponse score(Object body) {
        return send("POST", "/api/v1/scores", body).then();
    }

    /** How many assessments the list reports for that organization. */
    public long count(String organization) {
        return total(given().queryParam("organization", organization));
    }

    /** How many assessments the list reports in all. */
    public long total() {
        return total(given());
    }

    private static long total(RequestSpecification request) {
        Number total = request.get(ASSESSMENTS).then().statusCode(200).extract().path("total");
        return total.longValue();
    }

    /** The credential these requests send, for assertion messages. */
    @Override
    public String toString() {
        return header == null ? "no credential" : header + ": " + credential;
    }

    /** A unique organization name, so that tests never see each other's data. */
    public static String organization(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

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

    /** The largest body the service reads, from its configuration. */
    public static long maxBody() {
        return new MemorySizeConverter()
                .convert(ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class))
                .asLongValue();
    }

    /** The answer's body as a tree, for comparisons of whole bodies that REST Assured's paths make awkward. */
    public static JsonNode json(Response response) {
        try {
            String body = response.asString();
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenAPI document the service serves, as JSON, read as any client reads it. */
    public static JsonNode openApiDocument() {
        return json(anonymous()
                .given()
                .queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .response());
    }
}
