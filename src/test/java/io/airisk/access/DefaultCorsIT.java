package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The packaged service as shipped lets no other origin call the API from a browser. */
@QuarkusIntegrationTest
class DefaultCorsIT {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAllowNoOriginByDefault() throws Exception {
        for (String origin : new String[] {"https://portal.example", "http://localhost:3000", "null"}) {
            HttpResponse<String> preflight = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", origin)
                                    .header("Access-Control-Request-Method", "POST")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }
}
