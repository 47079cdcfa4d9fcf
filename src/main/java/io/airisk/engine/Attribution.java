package io.airisk.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * Splits the change of a value between two states over the inputs that changed, so that the
 * parts add up exactly to the change: Shapley values, computed with the inputs grouped a priori
 * (Owen's value). Each group, here the answers of one dimension, gets its Shapley value among the
 * groups; each input its Shapley value within its group, given every combination of the other
 * groups. When no group holds more than one changed input this is the Shapley value itself.
 *
 * <p>An input is "switched" when it takes its new state; the value function gets the switched
 * inputs as the bits of a {@code long}. The work is bounded by the sum over groups of
 * {@code 2^(groups - 1) * 2^(group size)} evaluations, each made once.
 */
public final class Attribution {

    /** At most this many inputs (bits of a long, and a bound on the work). */
    public static final int MAX_INPUTS = 62;

    private Attribution() {}

    /**
     * Each input's share of {@code value(all) - value(none)}, unrounded; the shares add up to it.
     *
     * @param groupOf each input's group, numbered from 0
     * @param value the value with the inputs whose bits are set switched to their new state
     */
    public static double[] shares(int[] groupOf, LongToDoubleFunction value) {
        int n = groupOf.length;
        if (n > MAX_INPUTS) {
            throw new IllegalArgumentException("At most " + MAX_INPUTS + " inputs, not " + n);
        }
        int groups = 0;
        for (int g : groupOf) {
            groups = Math.max(groups, g + 1);
        }
        long[] membersOf = new long[groups];
        for (int i = 0; i < n; i++) {
            membersOf[groupOf[i]] |= 1L << i;
        }
        int[] present = java.util.stream.IntStream.range(0, groups)
                .filter(g -> membersOf[g] != 0)
                .toArray();
        Map<Long, Double> memo = new HashMap<>();
        LongToDoubleFunction cached = mask -> memo.computeIfAbsent(mask, value::applyAsDouble);
        double[] shares = new double[n];
        int k = present.length;
        for (int gi = 0; gi < k; gi++) {
            int[] others = new int[k - 1];
            for (int j = 0, o = 0; j < k; j++) {
                if (j != gi) {
                    others[o++] = present[j];
                }
            }
            long group = membersOf[present[gi]];
            int[] members = bits(group);
            int s = members.length;
            for (int outer = 0; outer < (1 << (k - 1)); outer++) {
                long coalition = 0;
                for (int j = 0; j < k - 1; j++) {
                    if ((outer & (1 << j)) != 0) {
                        coalition |= membersOf[others[j]];
                    }
                }
                double outerWeight = weight(Integer.bitCount(outer), k);
                for (int m = 0; m < s; m++) {
                    int input = members[m];
                    for (int inner = 0; inner < (1 << s); inner++) {
                        if ((inner & (1 << m)) != 0) {
                            continue;
                        }
                        long within = 0;
                        for (int j = 0; j < s; j++) {
                            if ((inner & (1 << j)) != 0) {
                                within |= 1L << members[j];
                            }
                        }
                        long before = coalition | within;
                        double marginal = cached.applyAsDouble(before | (1L << input)) - cached.applyAsDouble(before);
                        shares[input] += outerWeight * weight(Integer.bitCount(inner), s) * marginal;
                    }
                }
            }
        }
        return shares;
    }

    /**
     * Each input's share rounded to the cent so that the shares add up exactly to
     * {@code change}, itself a difference of two values rounded to the cent.
     */
    public static double[] sharesInCents(int[] groupOf, LongToDoubleFunction value, double change) {
        return Cents.apportion(shares(groupOf, value), change);
    }

    /** The Shapley weight of a coalition of {@code size} among {@code players}: size!(n-size-1)!/n!. */
    private static double weight(int size, int players) {
        double weight = 1.0 / players;
        // 1 / (n * C(n-1, size))
        for (int i = 1; i <= size; i++) {
            weight *= (double) i / (players - i);
        }
        return weight;
    }

    private static int[] bits(long mask) {
        int[] bits = new int[Long.bitCount(mask)];
        for (int i = 0, b = 0; i < 64; i++) {
            if ((mask & (1L << i)) != 0) {
                bits[b++] = i;
            }
        }
        return bits;
    }
}
