package io.airisk.common.config;

import java.nio.charset.StandardCharsets;

/**
 * Writes doubles that have at most four decimals (every score, point, risk and weight the
 * service produces) as {@link Double#toString} writes them, with integer arithmetic and two
 * digits per table lookup: {@code Double.toString} was a fifth of the time spent serving a score,
 * and a division per digit was still visible in the profile. Other doubles are left to the
 * caller.
 */
final class ShortDecimals {

    /** The longest text written: {@code "-9999999.9999"}. */
    static final int MAX_LENGTH = 13;

    private static final long SCALE = 10_000;
    // Double.toString writes exponents outside [1e-3, 1e7): those are not short.
    private static final double LIMIT = 1e7;
    private static final double SMALLEST = 1e-3;

    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private ShortDecimals() {}

    /** The value as {@code Double.toString} writes it, or {@code null} when it is not short. */
    static String format(double value) {
        byte[] text = new byte[MAX_LENGTH];
        int length = write(value, text, 0);
        return length < 0 ? null : new String(text, 0, length, StandardCharsets.US_ASCII);
    }

    /**
     * Writes the value as ASCII at {@code offset}, which must leave {@link #MAX_LENGTH} bytes, and
     * answers how many bytes it wrote, or -1 (writing nothing) when the value is not short.
     */
    static int write(double value, byte[] into, int offset) {
        double magnitude = Math.abs(value);
        if (!(magnitude < LIMIT) || (magnitude < SMALLEST && value != 0) || (value == 0 && 1 / value < 0)) {
            return -1;
        }
        long units = Math.round(value * SCALE);
        if (units / (double) SCALE != value) {
            return -1;
        }
        int position = offset;
        if (units < 0) {
            into[position++] = '-';
            units = -units;
        }
        int whole = (int) (units / SCALE);
        position = writeWhole(whole, into, position);
        into[position++] = '.';
        int fraction = (int) (units - whole * SCALE);
        int high = fraction / 100;
        int low = fraction - high * 100;
        into[position] = PAIRS[2 * high];
        into[position + 1] = PAIRS[2 * high + 1];
        into[position + 2] = PAIRS[2 * low];
        into[position + 3] = PAIRS[2 * low + 1];
        int digits = 4;
        while (digits > 1 && into[position + digits - 1] == '0') {
            digits--;
        }
        return position + digits - offset;
    }

    private static int writeWhole(int whole, byte[] into, int offset) {
        int end = offset + digits(whole);
        int position = end;
        int rest = whole;
        while (rest >= 100) {
            int quotient = rest / 100;
            int pair = 2 * (rest - quotient * 100);
            into[--position] = PAIRS[pair + 1];
            into[--position] = PAIRS[pair];
            rest = quotient;
        }
        if (rest >= 10) {
            into[--position] = PAIRS[2 * rest + 1];
            into[--position] = PAIRS[2 * rest];
        } else {
            into[--position] = (byte) ('0' + rest);
        }
        return end;
    }

    private static int digits(int value) {
        int digits = 1;
        for (int limit = 10; digits < 10 && value >= limit; limit *= 10) {
            digits++;
        }
        return digits;
    }
}
