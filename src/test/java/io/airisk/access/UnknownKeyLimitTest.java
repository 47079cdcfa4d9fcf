package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
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

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldSlowDownAClientGuessingKeys() {
        Http http = new Http(base);
        http.expect(200, "GET", "/api/v1/tenant", TestKeys.ADMIN, null);
        String guess = "ark_" + UUID.randomUUID();
        http.expect(401, "GET", "/api/v1/tenant", guess, null);
        for (int i = 0; i < 4; i++) {
            http.expect(401, "GET", "/api/v1/tenant", "ark_" + UUID.randomUUID(), null);
        }
        HttpResponse<String> slowed = http.send("GET", "/api/v1/tenant", "ark_" + UUID.randomUUID(), null);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(Http.json(slowed).get("type").asText()).isEqualTo("urn:airisk:problem:rate-limited");

        // A key already looked up is answered from memory: an unknown one is still 401, a verified
        // one is served.
        http.expect(401, "GET", "/api/v1/tenant", guess, null);
        http.expect(200, "GET", "/api/v1/tenant", TestKeys.ADMIN, null);
    }
}
