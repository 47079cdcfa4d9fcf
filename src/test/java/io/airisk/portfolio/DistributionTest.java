package io.airisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airisk.portfolio.service.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures docs/methodology.md tells a reader to recompute, on values small enough to do by hand. */
class DistributionTest {

    @Test
    void shouldInterpolateQuartilesBetweenNeighbours() {
        // Ranks from 0: q1 at 0.75 (between 10 and 20), the median at 1.5, q3 at 2.25.
        Distribution spread = Distribution.of(List.of(40.0, 10.0, 30.0, 20.0));

        assertThat(spread).isEqualTo(new Distribution(null, 4, 25.0, 10.0, 17.5, 25.0, 32.5, 40.0));
    }

    @Test
    void shouldDescribeOneValueByItself() {
        assertThat(Distribution.of(List.of(61.234)))
                .isEqualTo(new Distribution(null, 1, 61.23, 61.23, 61.23, 61.23, 61.23, 61.23));
        assertThatThrownBy(() -> Distribution.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRoundEveryFigureToTheCent() {
        Distribution spread = Distribution.of(List.of(1.0, 2.0, 2.0));

        assertThat(spread.mean()).isEqualTo(1.67);
        assertThat(spread.q1()).isEqualTo(1.5);
    }

    @Test
    void shouldCountTiesAsHalfBelow() {
        List<Double> peers = List.of(10.0, 20.0, 30.0, 40.0);

        assertThat(Distribution.percentileRank(25.0, peers)).isEqualTo(50.0);
        assertThat(Distribution.percentileRank(20.0, peers)).isEqualTo(37.5);
        assertThat(Distribution.percentileRank(5.0, peers)).isEqualTo(0.0);
        assertThat(Distribution.percentileRank(45.0, peers)).isEqualTo(100.0);
        assertThat(Distribution.percentileRank(10.0, List.of(10.0, 10.0, 10.0))).isEqualTo(50.0);
        // 1 below of 3: 33.33... rounded to the tenth.
        assertThat(Distribution.percentileRank(15.0, List.of(10.0, 20.0, 30.0))).isEqualTo(33.3);
    }
}
