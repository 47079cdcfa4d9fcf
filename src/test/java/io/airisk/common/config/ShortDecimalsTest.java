package io.airisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortDecimalsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final ObjectMapper SERVICE = new ObjectMapper();

    static {
        new StrictJsonCustomizer().customize(SERVICE);
    }

    @Property(tries = 5000)
    void shouldWriteShortDecimalsExactlyAsDoubleToStringDoes(
            @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long units) {
        double value = units / 10_000.0;
        String text = ShortDecimals.format(value);

        if (Math.abs(value) >= 0.001 || value == 0) {
            assertThat(text).isEqualTo(Double.toString(value));
        } else {
            assertThat(text).as("exponent notation is left to Jackson").isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 100.0, 18.18, 0.0714, 39.2991, 0.5, 2.05, 99.99, 0.001, 1234567.8901})
    void shouldWriteTheServicesNumbersAsDoubleToStringDoes(double value) {
        assertThat(ShortDecimals.format(value)).isEqualTo(Double.toString(value));
    }

    @Property(tries = 1000)
    void shouldLetTheServicesMapperWriteDoublesAsJacksonDoes(
            @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long units, @ForAll double any)
            throws Exception {
        for (double value : new double[] {units / 10_000.0, any}) {
            assertThat(SERVICE.writeValueAsString(value)).isEqualTo(JACKSON.writeValueAsString(value));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.123456, 1e7, 1e-4, Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1.0 / 3})
    void shouldLeaveOtherNumbersToJackson(double value) {
        assertThat(ShortDecimals.format(value)).isNull();
    }
}
