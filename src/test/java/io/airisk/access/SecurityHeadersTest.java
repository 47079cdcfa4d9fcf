package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenant data is never stored on the way, no answer is sniffed as another media type, no page is
 * framed by another site, the demo page that takes a key is never cached, browsers call the API only
 * from the portals allowed, and Swagger UI does not name the framework's version.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldForbidCachingAndSniffingOfEveryApiAnswer() throws Exception {
        for (String key : new String[] {TestKeys.ADMIN, null}) {
            HttpResponse<String> response = new Http(base).send("GET", "/api/v1/tenant", key, null);
            assertThat(response.statusCode()).isIn(200, 401);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        HttpResponse<String> document = get("/q/openapi", null);
        assertThat(document.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void shouldLetOnlyTheAllowedPortalsCallFromABrowser() throws Exception {
        HttpResponse<String> allowed = preflight("https://portal.example");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization")
                .contains("Idempotency-Key");

        HttpResponse<String> refused = preflight("https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> read = get("/api/v1/tenant", "https://evil.example");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(read.body()).doesNotContain("\"id\"");
    }

    @Test
    void shouldLetNoSiteFrameAPageAndNoCacheKeepTheDemoPage() throws Exception {
        for (String path : List.of(
                "/", "/index.html", "/embed/demo.js", "/embed/ai-risk.js", "/q/swagger-ui/", "/api/v1/tenant")) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .doesNotContain("public")
                    .doesNotContain("immutable")
                    .containsAnyOf("no-store", "no-cache");
        }
        for (String path : List.of("/", "/q/swagger-ui/")) {
            assertThat(get(path, null).headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
        assertThat(get("/", null)
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("default-src 'self'")
                .doesNotContain("script-src");
        assertThat(get("/", null).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void shouldNotNameTheFrameworkInSwaggerUi() throws Exception {
        String page = get("/q/swagger-ui/", null).body();
        assertThat(page)
                .contains("<title>AI Strategy Risk Assessment API</title>")
                .doesNotContain("Quarkus");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization,content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header(TestKeys.AUTHORIZATION, TestKeys.bearer(TestKeys.ADMIN));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
