package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airisk.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests with exactly the credential a test names, or none: what REST Assured's default key would hide. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /**
     * Sends the request with {@code Authorization: Bearer <key>}, or no credential when {@code key}
     * is null; a key beginning with another scheme ({@code Basic ...}) is sent as it is.
     */
    HttpResponse<String> send(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header(TestKeys.AUTHORIZATION, key.startsWith("Basic ") ? key : TestKeys.bearer(key));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the key as {@code X-API-Key} instead. */
    HttpResponse<String> sendWithApiKey(String method, String path, String key) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(TestKeys.API_KEY, key)
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and expects that status; answers the body as JSON. */
    JsonNode expect(int status, String method, String path, String key, String body) {
        HttpResponse<String> response = send(method, path, key, body);
        if (response.statusCode() != status) {
            throw new AssertionError(method + " " + path + ": expected " + status + ", got " + response.statusCode()
                    + " " + response.body());
        }
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutTraceId(HttpResponse<String> response) {
        return withoutTraceId(response, "", "");
    }

    /**
     * The answer's body with that text replaced, and without the request's own trace id, which
     * differs from one request to the next: what must be the same for two answers to be alike.
     */
    static String withoutTraceId(HttpResponse<String> response, String text, String replacement) {
        JsonNode body = json(response);
        if (body instanceof ObjectNode object) {
            assertThat(object.path("traceId").asText()).matches("[0-9a-f]{32}");
            object.remove("traceId");
        }
        return text.isEmpty() ? body.toString() : body.toString().replace(text, replacement);
    }
}
