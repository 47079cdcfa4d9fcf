package io.airisk.common.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes doubles that have at most four decimals (every score, point, risk and weight the
 * service produces) with integer arithmetic, as {@link Double#toString} would write them; others
 * fall back to Jackson's own formatting. {@code Double.toString} was a fifth of the time spent
 * serving a score; building the text in a {@code StringBuilder} was still a tenth, so the digits
 * go straight into a small array handed to the generator.
 */
public final class ShortDecimalSerializer extends StdSerializer<Double> {

    private static final long SCALE = 10_000;
    private static final int DECIMALS = 4;
    // Double.toString writes exponents outside [1e-3, 1e7): leave those to Jackson.
    private static final double LIMIT = 1e7;
    private static final double SMALLEST = 1e-3;
    // "-9999999.9999"
    private static final int MAX_LENGTH = 13;

    public ShortDecimalSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        write(generator, value);
    }

    static void write(JsonGenerator generator, double value) throws IOException {
        char[] text = new char[MAX_LENGTH];
        int start = format(value, text);
        if (start < 0) {
            generator.writeNumber(value);
        } else {
            generator.writeNumber(text, start, MAX_LENGTH - start);
        }
    }

    /** The value as {@code Double.toString} writes it, or {@code null} when it is not short. */
    static String format(double value) {
        char[] text = new char[MAX_LENGTH];
        int start = format(value, text);
        return start < 0 ? null : new String(text, start, MAX_LENGTH - start);
    }

    /**
     * Writes the value right-aligned at the end of {@code text} (of length {@link #MAX_LENGTH}) and
     * answers where it starts, or -1 when the value is not short.
     */
    private static int format(double value, char[] text) {
        double magnitude = Math.abs(value);
        if (!(magnitude < LIMIT) || (magnitude < SMALLEST && value != 0) || (value == 0 && 1 / value < 0)) {
            return -1;
        }
        long units = Math.round(value * SCALE);
        if (units / (double) SCALE != value) {
            return -1;
        }
        long absolute = Math.abs(units);
        long fraction = absolute % SCALE;
        int position = text.length;
        if (fraction == 0) {
            text[--position] = '0';
        } else {
            int digits = DECIMALS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int i = 0; i < digits; i++) {
                text[--position] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
        }
        text[--position] = '.';
        long whole = absolute / SCALE;
        do {
            text[--position] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (units < 0) {
            text[--position] = '-';
        }
        return position;
    }
}
