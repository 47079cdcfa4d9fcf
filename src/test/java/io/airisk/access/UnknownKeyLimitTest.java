package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps sending keys nobody knows is slowed down before it can keep the database
 * busy, while keys verified lately go on being served from the same address.
 */
@QuarkusTest
@TestProfile(UnknownKeyLimitTest.FiveGuesses.class)
class UnknownKeyLimitTest {

    /** Five unknown keys per address, then one a second; verified keys remembered for the whole test. */
    public static class FiveGuesses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "airisk.access.unknown-key-rate.burst", "5",
                    "airisk.access.unknown-key-rate.per-second", "1",
                    "airisk.access.credential-cache", "PT60S");
        }
    }

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Test
    void shouldSlowDownAClientGuessingKeys() {
        admin.expect(200, "GET", "/api/v1/tenant", null);
        String guess = "ark_" + UUID.randomUUID();
        Api.as(guess).expect(401, "GET", "/api/v1/tenant", null);
        for (int i = 0; i < 4; i++) {
            Api.as("ark_" + UUID.randomUUID()).expect(401, "GET", "/api/v1/tenant", null);
        }
        Response slowed = Api.as("ark_" + UUID.randomUUID()).send("GET", "/api/v1/tenant", null);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.header("Retry-After")).isEqualTo("1");
        assertThat(Api.json(slowed).get("type").asText()).isEqualTo("urn:airisk:problem:rate-limited");

        // A key already looked up is answered from memory: an unknown one is still 401, a verified
        // one is served.
        Api.as(guess).expect(401, "GET", "/api/v1/tenant", null);
        admin.expect(200, "GET", "/api/v1/tenant", null);
    }
}
