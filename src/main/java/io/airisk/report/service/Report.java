package io.airisk.report.service;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What a submitted assessment's report shows, every figure already written as it is printed. The
 * words around the figures are the template's, so that the report can be put in another language
 * there.
 *
 * @param review where the tenant requires a review: who approved it, or that it waits; {@code null} otherwise
 * @param rangeLow the low end of the overall index's range while answers are unknown, or {@code null} when none is
 * @param rangeHigh its high end, or {@code null}
 * @param leading the plan's steps with the largest reductions, for the summary: at most five
 * @param references the recommendations (R1 to R8) that the plan's steps serve, each once, in their order
 * @param findOutFirst the unknown answers, those whose answer narrows the range most first
 * @param quickWins the plan's steps with the most reduction per unit of effort, at most three
 * @param bundles for each interaction term, its two leading steps and their joint reduction
 * @param lastChange the change since the organization's previous submitted assessment, in a
 *     sentence; {@code null} for its first, or for a caller who reaches this assessment only
 * @param trend the index over the organization's assessments up to this one; {@code null} as above
 * @param peers the percentiles among the organization's peers; {@code null} when they may not be shown
 * @param language the language it is written in (en, de or fr): the questionnaire's texts, the
 *     template's words ({@link ReportMessages}) and the figures' format
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
        String rangeLow,
        String rangeHigh,
        int unknownCount,
        List<DimensionRow> dimensions,
        List<PlanItem> plan,
        List<PlanItem> leading,
        List<ReferenceNote> references,
        List<Unknown> findOutFirst,
        List<PlanItem> quickWins,
        List<Bundle> bundles,
        String lastChange,
        TrendChart trend,
        String notice,
        RadarChart radar,
        PeerRanks peers,
        String language) {

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
     * One dimension: its name, score (also its bar's length, out of 100), and every answer given to
     * its questions with what it adds and the notes on it.
     */
    @TemplateData
    public record DimensionRow(String name, String score, List<Given> answers) {}

    /**
     * A question of a dimension, the answer that counted, and the notes on it ("see contract
     * 2024-17, Ada, FINANCE"). The answer is in words: the options' labels or a number with its
     * unit ({@code TEXT}), or one the template words itself: yes, no, unknown. {@code points} are
     * what it adds to the dimension ({@code null} for none), {@code weighsMost} whether it is one
     * of the three answers that add most.
     */
    @TemplateData
    public record Given(
            String question, Kind kind, String answer, String points, boolean weighsMost, List<String> notes) {

        /** What kind of answer: one in words, or yes, no or "don't know". */
        public enum Kind {
            TEXT,
            YES,
            NO,
            UNKNOWN
        }
    }

    /** A recommendation of the method (R1 to R8) that steps of the plan serve, and what it says. */
    @TemplateData
    public record ReferenceNote(String id, String summary) {}

    /**
     * One step of the improvement plan. Its effort is the name of the engine's level (LOW, MEDIUM,
     * HIGH), which the template words as the time the step takes, so that it is never read as a band.
     */
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
