package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.TestKeys;
import io.airisk.assessment.Api;
import io.airisk.common.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens expire when asked to, never later than allowed, and a token is minted only where it can serve. */
@QuarkusTest
class TokenExpiryTest {

    @TestHTTPResource("/")
    URI base;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldRefuseATokenOnceItHasExpired() {
        Http http = new Http(base);
        String draft = draft(http);
        Instant expiresAt = clock.instant().plusSeconds(2);
        JsonNode minted = http.expect(
                201,
                "POST",
                "/api/v1/assessments/" + draft + "/respondent-tokens",
                TestKeys.ADMIN,
                Http.write(Map.of("name", "Short-lived", "expiresAt", expiresAt.toString())));
        String token = minted.get("token").asText();
        assertThat(Instant.parse(minted.get("expiresAt").asText())).isEqualTo(expiresAt);
        http.expect(200, "GET", "/api/v1/assessments/" + draft, token, null);
        clock.advance(Duration.ofMillis(1_999));
        http.expect(200, "GET", "/api/v1/assessments/" + draft, token, null);
        clock.advance(Duration.ofMillis(1));
        http.expect(401, "GET", "/api/v1/assessments/" + draft, token, null);
    }

    @Test
    void shouldRefuseAnExpiryInThePastOrBeyondTheLongestLifetime() {
        Http http = new Http(base);
        String draft = draft(http);
        for (Instant expiresAt :
                new Instant[] {clock.instant().minusSeconds(1), clock.instant().plus(Duration.ofDays(91))}) {
            JsonNode problem = http.expect(
                    400,
                    "POST",
                    "/api/v1/assessments/" + draft + "/respondent-tokens",
                    TestKeys.ADMIN,
                    Http.write(Map.of("expiresAt", expiresAt.toString())));
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("expiresAt");
        }
        JsonNode defaults =
                http.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", TestKeys.ADMIN, null);
        assertThat(Instant.parse(defaults.get("expiresAt").asText()))
                .isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    }

    @Test
    void shouldMintRespondentTokensForDraftsAndShareTokensForSubmittedAssessmentsOnly() {
        Http http = new Http(base);
        String draft = draft(http);
        http.expect(409, "POST", "/api/v1/assessments/" + draft + "/share-tokens", TestKeys.ADMIN, null);
        http.expect(
                400,
                "POST",
                "/api/v1/assessments/" + draft + "/respondent-tokens",
                TestKeys.ADMIN,
                "{\"expiresAt\": \"soon\"}");
        http.expect(
                400,
                "POST",
                "/api/v1/assessments/" + draft + "/respondent-tokens",
                TestKeys.ADMIN,
                "{\"scope\": \"all\"}");
        assertThat(http.expect(200, "GET", "/api/v1/assessments/" + draft + "/respondent-tokens", TestKeys.ADMIN, null))
                .isEmpty();
    }

    private static String draft(Http http) {
        return http.expect(
                        201,
                        "POST",
                        "/api/v1/assessments",
                        TestKeys.ADMIN,
                        Http.write(Api.createBody(Api.organization("Expiry"), null)))
                .get("id")
                .asText();
    }
}
