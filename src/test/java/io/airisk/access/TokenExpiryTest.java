package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.TestKeys;
import io.airisk.assessment.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens expire when asked to, never later than allowed, and a token is minted only where it can serve. */
@QuarkusTest
class TokenExpiryTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldRefuseATokenOnceItHasExpired() throws Exception {
        Http http = new Http(base);
        String draft = draft(http);
        Instant expiresAt = Instant.now().plusSeconds(2);
        JsonNode minted = http.expect(
                201,
                "POST",
                "/api/v1/assessments/" + draft + "/respondent-tokens",
                TestKeys.ADMIN,
                Http.write(Map.of("name", "Short-lived", "expiresAt", expiresAt.toString())));
        String token = minted.get("token").asText();
        assertThat(Instant.parse(minted.get("expiresAt").asText())).isBetween(expiresAt.minusMillis(1), expiresAt);
        http.expect(200, "GET", "/api/v1/assessments/" + draft, token, null);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 100);
        http.expect(401, "GET", "/api/v1/assessments/" + draft, token, null);
    }

    @Test
    void shouldRefuseAnExpiryInThePastOrBeyondTheLongestLifetime() {
        Http http = new Http(base);
        String draft = draft(http);
        for (Instant expiresAt :
                new Instant[] {Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofDays(91))}) {
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
        assertThat(Duration.between(
                                Instant.now(),
                                Instant.parse(defaults.get("expiresAt").asText()))
                        .toDays())
                .isEqualTo(13);
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
