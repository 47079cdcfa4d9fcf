package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.common.MutableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
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

    private final Api admin = Api.as(TestKeys.ADMIN);

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldRefuseATokenOnceItHasExpired() {
        String draft = draft();
        Instant expiresAt = clock.instant().plusSeconds(2);
        JsonNode minted = admin.expect(
                201,
                "POST",
                "/api/v1/assessments/" + draft + "/respondent-tokens",
                Map.of("name", "Short-lived", "expiresAt", expiresAt.toString()));
        String token = minted.get("token").asText();
        assertThat(Instant.parse(minted.get("expiresAt").asText())).isEqualTo(expiresAt);
        Api.as(token).expect(200, "GET", "/api/v1/assessments/" + draft, null);
        clock.advance(Duration.ofMillis(1_999));
        Api.as(token).expect(200, "GET", "/api/v1/assessments/" + draft, null);
        clock.advance(Duration.ofMillis(1));
        Api.as(token).expect(401, "GET", "/api/v1/assessments/" + draft, null);
    }

    @Test
    void shouldRefuseAnExpiryInThePastOrBeyondTheLongestLifetime() {
        String draft = draft();
        for (Instant expiresAt :
                new Instant[] {clock.instant().minusSeconds(1), clock.instant().plus(Duration.ofDays(91))}) {
            JsonNode problem = admin.expect(
                    400,
                    "POST",
                    "/api/v1/assessments/" + draft + "/respondent-tokens",
                    Map.of("expiresAt", expiresAt.toString()));
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("expiresAt");
        }
        JsonNode defaults = admin.expect(201, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", null);
        assertThat(Instant.parse(defaults.get("expiresAt").asText()))
                .isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    }

    @Test
    void shouldMintRespondentTokensForDraftsAndShareTokensForSubmittedAssessmentsOnly() {
        String draft = draft();
        admin.expect(409, "POST", "/api/v1/assessments/" + draft + "/share-tokens", null);
        admin.expect(400, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", "{\"expiresAt\": \"soon\"}");
        admin.expect(400, "POST", "/api/v1/assessments/" + draft + "/respondent-tokens", "{\"scope\": \"all\"}");
        assertThat(admin.expect(200, "GET", "/api/v1/assessments/" + draft + "/respondent-tokens", null))
                .isEmpty();
    }

    private String draft() {
        return admin.createDraft(Api.organization("Expiry"), null);
    }
}
