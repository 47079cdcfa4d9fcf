package io.airisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.assessment.PortfolioFigures;
import io.airisk.portfolio.service.Distribution;
import org.junit.jupiter.api.Test;

/** The rounding docs/portfolio.md states: spreads to the cent, percentiles to the tenth. */
class DistributionTest {

    @Test
    void shouldRoundEverySpreadFigureToTheCent() {
        Distribution spread =
                Distribution.of(new PortfolioFigures.Spread("overall", 3, 1.666666, 1.0, 1.5, 2.0, 2.0049, 2.005));

        assertThat(spread).isEqualTo(new Distribution(null, 3, 1.67, 1.0, 1.5, 2.0, 2.0, 2.01));
        assertThat(spread.named("Reasoning gap").name()).isEqualTo("Reasoning gap");
    }

    @Test
    void shouldCountTiesAsHalfAndRoundToTheTenth() {
        // Among 10, 20, 30, 40: 25 has two below; 20 has one below and one equal.
        assertThat(Distribution.percentile(2, 4)).isEqualTo(50.0);
        assertThat(Distribution.percentile(1.5, 4)).isEqualTo(37.5);
        assertThat(Distribution.percentile(0, 4)).isEqualTo(0.0);
        assertThat(Distribution.percentile(4, 4)).isEqualTo(100.0);
        assertThat(Distribution.percentile(1, 3)).isEqualTo(33.3);
        assertThat(Distribution.percentile(2, 3)).isEqualTo(66.7);
    }
}
