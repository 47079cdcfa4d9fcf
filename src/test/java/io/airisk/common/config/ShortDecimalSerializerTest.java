package io.airisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortDecimalSerializerTest {

    @Property(tries = 5000)
    void shouldWriteShortDecimalsExactlyAsDoubleToStringDoes(
            @ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long units) {
        double value = units / 10_000.0;
        String text = ShortDecimalSerializer.format(value);

        if (Math.abs(value) >= 0.001 || value == 0) {
            assertThat(text).isEqualTo(Double.toString(value));
        } else {
            assertThat(text).as("exponent notation is left to Jackson").isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 100.0, 18.18, 0.0714, 39.2991, 0.5, 2.05, 99.99, 0.001, 1234567.8901})
    void shouldWriteTheServicesNumbersAsDoubleToStringDoes(double value) {
        assertThat(ShortDecimalSerializer.format(value)).isEqualTo(Double.toString(value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.123456, 1e7, 1e-4, Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1.0 / 3})
    void shouldLeaveOtherNumbersToJackson(double value) {
        assertThat(ShortDecimalSerializer.format(value)).isNull();
    }
}
