package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.TestKeys;
import io.airisk.assessment.Api;
import io.airisk.common.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client over its rate limit gets 429 with Retry-After, and only it: another token and a key go
 * on being served. Respondent tokens have the tightest limit (30 at once, then 1 a second), on the
 * injected clock, which stands still unless the test moves it.
 */
@QuarkusTest
class RateLimitTest {

    @TestHTTPResource("/")
    URI base;

    private final MutableClock clock = new MutableClock(Instant.now());

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldAnswer429ToTheClientOverItsLimitWhileOthersAreServed() {
        Http http = new Http(base);
        String greedy = token(http);
        String patient = token(http);

        HttpResponse<String> limited = null;
        int served = 0;
        for (int i = 0; i < 100 && limited == null; i++) {
            HttpResponse<String> response = http.send("GET", "/api/v1/questionnaires", greedy, null);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                served++;
            }
        }
        assertThat(limited).as("a 429 within 100 requests").isNotNull();
        assertThat(served).isEqualTo(30);
        assertThat(limited.headers().firstValue("Content-Type")).hasValue(Api.PROBLEM_JSON);
        assertThat(Http.json(limited).get("type").asText()).isEqualTo("urn:airisk:problem:rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");

        assertThat(http.send("GET", "/api/v1/questionnaires", patient, null).statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/questionnaires", TestKeys.ADMIN, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/questionnaires", greedy, null).statusCode())
                .isEqualTo(429);

        clock.advance(Duration.ofSeconds(1));
        assertThat(http.send("GET", "/api/v1/questionnaires", greedy, null).statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/questionnaires", greedy, null).statusCode())
                .isEqualTo(429);
    }

    private static String token(Http http) {
        String draft = http.expect(
                        201,
                        "POST",
                        "/api/v1/assessments",
                        TestKeys.ADMIN,
                        Http.write(Api.createBody(Api.organization("Rate limit"), null)))
                .get("id")
                .asText();
        return http.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", TestKeys.ADMIN, null)
                .get("token")
                .asText();
    }
}
