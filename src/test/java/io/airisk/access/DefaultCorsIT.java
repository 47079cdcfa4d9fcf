package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The packaged service as shipped lets no other origin call the API from a browser. */
@QuarkusIntegrationTest
class DefaultCorsIT {

    @Test
    void shouldAllowNoOriginByDefault() {
        for (String origin : new String[] {"https://portal.example", "http://localhost:3000", "null"}) {
            Response preflight = Api.anonymous()
                    .given()
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/assessments");
            assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
