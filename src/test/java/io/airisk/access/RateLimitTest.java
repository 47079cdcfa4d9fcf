package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.common.MutableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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

    private final Api admin = Api.as(TestKeys.ADMIN);

    private final MutableClock clock = new MutableClock(Instant.now());

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldAnswer429ToTheClientOverItsLimitWhileOthersAreServed() {
        String greedy = token();
        String patient = token();

        Response limited = null;
        int served = 0;
        for (int i = 0; i < 100 && limited == null; i++) {
            Response response = Api.as(greedy).send("GET", "/api/v1/questionnaires", null);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                served++;
            }
        }
        assertThat(limited).as("a 429 within 100 requests").isNotNull();
        assertThat(served).isEqualTo(30);
        assertThat(limited.header("Content-Type")).isEqualTo(Api.PROBLEM_JSON);
        assertThat(Api.json(limited).get("type").asText()).isEqualTo("urn:airisk:problem:rate-limited");
        assertThat(limited.header("Retry-After")).isEqualTo("1");

        assertThat(Api.as(patient).send("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(200);
        assertThat(admin.send("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(200);
        assertThat(Api.as(greedy).send("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(429);

        clock.advance(Duration.ofSeconds(1));
        assertThat(Api.as(greedy).send("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(200);
        assertThat(Api.as(greedy).send("GET", "/api/v1/questionnaires", null).statusCode())
                .isEqualTo(429);
    }

    private String token() {
        String draft = admin.createDraft(Api.organization("Rate limit"), null);
        return admin.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", null)
                .get("token")
                .asText();
    }
}
