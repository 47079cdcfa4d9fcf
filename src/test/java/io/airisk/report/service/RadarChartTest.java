package io.airisk.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RadarChartTest {

    @Test
    void shouldKeepAShortLabelOnOneLine() {
        assertThat(RadarChart.lines("Lock-in")).containsExactly("Lock-in");
    }

    @Test
    void shouldSplitAnEnglishLabelInTwoNearItsMiddle() {
        assertThat(RadarChart.lines("Dependence on current LLMs")).containsExactly("Dependence on", "current LLMs");
        assertThat(RadarChart.lines("Research and talent fragility"))
                .containsExactly("Research and", "talent fragility");
    }

    @Test
    void shouldWrapALongerGermanLabelWordByWord() {
        assertThat(RadarChart.lines("Schlussfolgern, das LLMs übernehmen"))
                .containsExactly("Schlussfolgern,", "das LLMs", "übernehmen")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(RadarChart.WRAP_LENGTH));
    }
}
