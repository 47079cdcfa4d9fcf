package io.airisk.report.service;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What a submitted assessment's report shows, every figure already written as it is printed.
 *
 * @param range the overall index's range while answers are unknown, or {@code null} when none is
 */
@TemplateData
public record Report(
        String organization,
        String industry,
        String size,
        String submittedAt,
        String questionnaireVersion,
        String questionnaireTitle,
        String band,
        String overall,
        String range,
        int unknownCount,
        List<DimensionRow> dimensions,
        List<PlanItem> plan,
        String notice,
        RadarChart radar) {

    /** One dimension: its name, score (also its bar's length, out of 100), and the answers that weigh most. */
    @TemplateData
    public record DimensionRow(String name, String score, List<Contribution> top) {}

    /** A question whose answer adds points to its dimension. */
    @TemplateData
    public record Contribution(String question, String points) {}

    /** One step of the improvement plan. */
    @TemplateData
    public record PlanItem(
            String title,
            String reference,
            String referenceSummary,
            String rationale,
            String reduction,
            String effort,
            String target,
            String tradeOff) {}
}
