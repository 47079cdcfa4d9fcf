package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenant data is never stored on the way, no answer is sniffed as another media type, no page is
 * framed by another site, the demo page that takes a key is never cached, browsers call the API only
 * from the portals allowed, and Swagger UI does not name the framework's version.
 */
@QuarkusTest
class SecurityHeadersTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldForbidCachingAndSniffingOfEveryApiAnswer() {
        for (Api caller : List.of(admin, Api.anonymous())) {
            Response response = caller.send("GET", "/api/v1/tenant", null);
            assertThat(response.statusCode()).isIn(200, 401);
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        Response document = get("/q/openapi", null);
        assertThat(document.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldLetOnlyTheAllowedPortalsCallFromABrowser() {
        Response allowed = preflight("https://portal.example");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example");
        assertThat(allowed.header("Access-Control-Allow-Headers"))
                .contains("Authorization")
                .contains("Idempotency-Key");

        Response refused = preflight("https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        Response read = get("/api/v1/tenant", "https://evil.example");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.asString()).doesNotContain("\"id\"");
    }

    @Test
    void shouldLetNoSiteFrameAPageAndNoCacheKeepTheDemoPage() {
        for (String path : List.of(
                "/", "/index.html", "/embed/demo.js", "/embed/ai-risk.js", "/q/swagger-ui/", "/api/v1/tenant")) {
            Response page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.header("Cache-Control"))
                    .as(path)
                    .doesNotContain("public")
                    .doesNotContain("immutable")
                    .containsAnyOf("no-store", "no-cache");
        }
        for (String path : List.of("/", "/q/swagger-ui/")) {
            assertThat(get(path, null).header("Content-Security-Policy"))
                    .as(path)
                    .contains("frame-ancestors 'none'");
        }
        assertThat(get("/", null).header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .doesNotContain("script-src");
        assertThat(get("/", null).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void shouldNotNameTheFrameworkInSwaggerUi() {
        String page = get("/q/swagger-ui/", null).asString();
        assertThat(page)
                .contains("<title>AI Strategy Risk Assessment API</title>")
                .doesNotContain("Quarkus");
    }

    /** What a browser asks, without a credential, before it lets a page of that origin call the API. */
    private static Response preflight(String origin) {
        return Api.anonymous()
                .given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/assessments");
    }

    private Response get(String path, String origin) {
        RequestSpecification request = admin.given();
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request.get(path);
    }
}
