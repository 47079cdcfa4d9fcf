package io.airisk.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bytes of bodies held at once: a bound for all, a share for each key or token. */
class BodyBudgetTest {

    private final BodyBudget budget = new BodyBudget(new HttpConfig() {
        @Override
        public Duration bodyTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public MemorySize bodiesInFlight() {
            return new MemorySize(BigInteger.valueOf(1_000));
        }

        @Override
        public MemorySize bodiesInFlightPerCredential() {
            return new MemorySize(BigInteger.valueOf(400));
        }
    });

    @Test
    void shouldRefuseWhatWouldPassTheHoldersShare() {
        assertThat(budget.reserve("key a", 300)).isTrue();
        assertThat(budget.reserve("key a", 101)).isFalse();
        assertThat(budget.reserve("key a", 100)).isTrue();
        assertThat(budget.reserve("key b", 400)).isTrue();
        assertThat(budget.held()).isEqualTo(800);
    }

    @Test
    void shouldRefuseWhatWouldPassTheBoundForAll() {
        assertThat(budget.reserve("key a", 400)).isTrue();
        assertThat(budget.reserve("key b", 400)).isTrue();
        assertThat(budget.reserve("key c", 201)).isFalse();
        assertThat(budget.reserve("key c", 200)).isTrue();
        assertThat(budget.reserve("key d", 1)).isFalse();
    }

    @Test
    void shouldGiveBackWhatWasTaken() {
        budget.reserve("key a", 400);
        budget.reserve("key b", 300);

        budget.release("key a", 400);
        budget.release("key b", 300);

        assertThat(budget.held()).isZero();
        assertThat(budget.reserve("key a", 400)).isTrue();
        assertThat(budget.reserve("key b", 400)).isTrue();
    }
}
