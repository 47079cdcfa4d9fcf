package io.airisk.report.service;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What a submitted assessment's report shows, every figure already written as it is printed.
 *
 * @param review where the tenant requires a review: who approved it, or that it waits; {@code null} otherwise
 * @param range the overall index's range while answers are unknown, or {@code null} when none is
 * @param findOutFirst the unknown answers, those whose answer narrows the range most first
 * @param quickWins the plan's steps with the most reduction per unit of effort, at most three
 * @param bundles for each interaction term, its two leading steps and their joint reduction
 * @param lastChange the change since the organization's previous submitted assessment, in a
 *     sentence; {@code null} for its first, or for a caller who reaches this assessment only
 * @param trend the index over the organization's assessments up to this one; {@code null} as above
 * @param peers the percentiles among the organization's peers; {@code null} when they may not be shown
 */
@TemplateData
public record Report(
        String organization,
        String industry,
        String size,
        String submittedAt,
        String review,
        String questionnaireVersion,
        String questionnaireTitle,
        String band,
        String overall,
        String range,
        int unknownCount,
        List<DimensionRow> dimensions,
        List<PlanItem> plan,
        List<Unknown> findOutFirst,
        List<PlanItem> quickWins,
        List<Bundle> bundles,
        String lastChange,
        TrendChart trend,
        String notice,
        RadarChart radar,
        PeerRanks peers) {

    /** Where the assessment stands among its peers: the group in words ("Among ..."), and each percentile. */
    @TemplateData
    public record PeerRanks(String group, String overall, List<PeerRank> dimensions) {}

    /** A dimension's percentile among the peers. */
    @TemplateData
    public record PeerRank(String name, String percentile) {}

    /** An answer given as unknown: the question, and how much narrower knowing it makes the range. */
    @TemplateData
    public record Unknown(String question, String narrowing) {}

    /** The leading steps on either side of an interaction term, and what doing both returns. */
    @TemplateData
    public record Bundle(String first, String second, String joint, String separate) {}

    /**
     * One dimension: its name, score (also its bar's length, out of 100), the answers that weigh
     * most, and every answer given to its questions with the notes on it.
     */
    @TemplateData
    public record DimensionRow(String name, String score, List<Contribution> top, List<Given> answers) {}

    /** A question of a dimension, the answer that counted, and the notes on it ("see contract 2024-17, Ada, FINANCE"). */
    @TemplateData
    public record Given(String question, String answer, List<String> notes) {}

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
            String perEffort,
            String target,
            String tradeOff) {}
}
