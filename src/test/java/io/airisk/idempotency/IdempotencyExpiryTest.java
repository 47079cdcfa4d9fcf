package io.airisk.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.Api;
import io.airisk.TestKeys;
import io.airisk.common.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyExpiryTest {

    private final Api admin = Api.as(TestKeys.ADMIN);

    @Inject
    Idempotency idempotency;

    @Inject
    IdempotencyRepository records;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

    @BeforeEach
    void fixTheClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void shouldTreatARetryAfterTheKeyExpiredAsANewRequest() {
        String organization = Api.organization("Expiry");
        String key = UUID.randomUUID().toString();
        admin.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        clock.advance(Duration.ofHours(25));

        admin.createWithKey(key, Api.createBody(organization, Map.of("signals.owner", "nobody")))
                .statusCode(201);
        assertThat(admin.count(organization)).isEqualTo(2);
    }

    @Test
    void shouldStillReplayJustBeforeTheKeyExpires() {
        String organization = Api.organization("NotYet");
        String key = UUID.randomUUID().toString();
        admin.createWithKey(key, Api.createBody(organization, Map.of())).statusCode(201);

        clock.advance(Duration.ofHours(23));

        admin.createWithKey(key, Api.createBody(organization, Map.of()))
                .statusCode(201)
                .header(Idempotency.REPLAYED, "true");
        assertThat(admin.count(organization)).isEqualTo(1);
    }

    @Test
    void shouldPurgeExpiredKeys() {
        String key = UUID.randomUUID().toString();
        admin.createWithKey(key, Api.createBody(Api.organization("Purge"), Map.of()))
                .statusCode(201);

        clock.advance(Duration.ofDays(2));
        idempotency.purgeExpired();

        IdempotencyRecord record = QuarkusTransaction.requiringNew().call(() -> records.findById(key));
        assertThat(record).isNull();
    }
}
