package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void shouldGiveEachInputItsOwnIncrementWhenTheValueIsAdditive() {
        double[] increments = {1.5, -2.25, 4.0, 0.125};
        double[] shares = Attribution.shares(new int[] {0, 0, 1, 2}, mask -> {
            double value = 10;
            for (int i = 0; i < increments.length; i++) {
                value += (mask & (1L << i)) != 0 ? increments[i] : 0;
            }
            return value;
        });

        for (int i = 0; i < increments.length; i++) {
            assertThat(shares[i]).isCloseTo(increments[i], within(1e-12));
        }
    }

    @Test
    void shouldSplitAnInteractionEquallyBetweenItsTwoInputsAsShapleyDoes() {
        // v = a * b: each of the two inputs alone adds nothing, together they add 1.
        double[] shares = Attribution.shares(new int[] {0, 1}, mask -> mask == 3 ? 1.0 : 0.0);

        assertThat(shares).containsExactly(0.5, 0.5);
    }

    @Test
    void shouldEqualTheShapleyValueWhenEveryInputIsAGroupOfItsOwn() {
        // Shapley of the "glove game" for three players {L1, L2, R}: R gets 2/3, each L 1/6.
        double[] shares = Attribution.shares(new int[] {0, 1, 2}, mask -> {
            boolean left = (mask & 0b011) != 0;
            boolean right = (mask & 0b100) != 0;
            return left && right ? 1.0 : 0.0;
        });

        assertThat(shares[0]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(shares[1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(shares[2]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shouldAddUpExactlyToTheChangeInCentsForAnyValueFunction() {
        Random random = new Random(26);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(9);
            int[] groups = new int[n];
            Arrays.setAll(groups, i -> random.nextInt(3));
            double[] table = new double[1 << n];
            Arrays.setAll(table, i -> Math.round(random.nextDouble() * 10_000) / 100.0);
            double change = Math.round((table[(1 << n) - 1] - table[0]) * 100) / 100.0;

            double[] cents = Attribution.sharesInCents(groups, mask -> table[(int) mask], change);

            long sum = Arrays.stream(cents).mapToLong(c -> Math.round(c * 100)).sum();
            assertThat(sum).isEqualTo(Math.round(change * 100));
            for (double c : cents) {
                assertThat(Math.abs(c * 100 - Math.round(c * 100))).isLessThan(1e-6);
            }
        }
    }
}
