package io.airisk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.common.MutableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A key revoked elsewhere (by another instance, on the shared database) is remembered as valid
 * here for exactly the credential cache's time, on the injected clock, and refused after it.
 */
@QuarkusTest
class CredentialCacheTest {

    @Inject
    DataSource database;

    @ConfigProperty(name = "airisk.access.credential-cache")
    Duration credentialCache;

    private final MutableClock clock = new MutableClock(Instant.now());

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldRefuseAKeyRevokedElsewhereOnceItsVerificationIsForgotten() throws Exception {
        JsonNode key = Api.as(TestKeys.ADMIN)
                .expect(201, "POST", "/api/v1/keys", "{\"name\": \"Revoked elsewhere\", \"role\": \"VIEWER\"}");
        String secret = key.get("key").asText();
        Api.as(secret).expect(200, "GET", "/api/v1/tenant", null);

        try (Connection connection = database.getConnection();
                PreparedStatement revoke =
                        connection.prepareStatement("UPDATE api_key SET revoked_at = ? WHERE id = ?")) {
            revoke.setObject(1, OffsetDateTime.now());
            revoke.setObject(2, UUID.fromString(key.get("id").asText()));
            assertThat(revoke.executeUpdate()).isEqualTo(1);
        }

        clock.advance(credentialCache.minusNanos(1_000));
        Api.as(secret).expect(200, "GET", "/api/v1/tenant", null);
        clock.advance(Duration.ofNanos(1_000));
        Api.as(secret).expect(401, "GET", "/api/v1/tenant", null);
    }
}
