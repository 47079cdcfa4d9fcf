package io.airisk.engine;

import java.util.List;

/**
 * An explained score. Every number is rounded to the cent (two decimals), and the parts add up
 * exactly: a dimension's contribution points sum to its score, the overall terms' points sum to
 * the overall index.
 *
 * @param overallRisk the overall index in [0, 100]
 * @param band the band of the overall index
 * @param completeness answered visible questions over visible questions, in [0, 1]
 * @param overallTerms the weighted dimension and interaction terms whose points add up to the index
 * @param recommendations fired recommendations, largest expected risk reduction first
 * @param notice what the index measures and what it does not
 * @param unknownCount visible answers that are {@value Answer.Unknown#VALUE}
 * @param range the overall index with every {@value Answer.Unknown#VALUE} answer at the lowest and
 *     at the highest risk its question allows; both equal {@code overallRisk} when none is unknown
 * @param unknowns the visible {@value Answer.Unknown#VALUE} answers, those whose answer would narrow
 *     the range most first: what to find out first
 * @param bundles for each interaction term, the plan's leading step on each side, whose reductions
 *     do not add up: what doing both returns
 * @param vector the answers that count as one line of text ({@link AnswerVector}), from which anyone
 *     can recompute this result; absent from results stored before it was added
 */
public record ScoreResult(
        double overallRisk,
        RiskBand band,
        double completeness,
        String questionnaireVersion,
        List<DimensionScore> dimensions,
        List<OverallTerm> overallTerms,
        List<Recommendation> recommendations,
        String notice,
        int unknownCount,
        Range range,
        List<UnknownAnswer> unknowns,
        List<Bundle> bundles,
        String vector) {

    public ScoreResult {
        dimensions = List.copyOf(dimensions);
        overallTerms = List.copyOf(overallTerms);
        recommendations = List.copyOf(recommendations);
        // Both are absent from results stored before they were added.
        unknowns = unknowns == null ? List.of() : List.copyOf(unknowns);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
    }

    /** The score of one dimension and what each visible answer contributed to it. */
    public record DimensionScore(String id, double score, List<Contribution> contributions) {
        public DimensionScore {
            contributions = List.copyOf(contributions);
        }
    }

    /** Where the overall index would lie if every answer given as unknown were known. */
    public record Range(double low, double high) {}

    /**
     * One answer given as {@value Answer.Unknown#VALUE}, and what knowing it would do.
     *
     * @param low the overall index with this answer at its question's lowest risk, the others as given
     * @param high the same at its highest risk
     * @param rangeNarrowing how much narrower the result's {@code range} would be with this answer
     *     known (at its published unknown risk) and the other unknown answers still open
     */
    public record UnknownAnswer(String questionId, double low, double high, double rangeNarrowing) {}

    /**
     * The leading step of the plan on each side of an interaction term: each one's reduction counts
     * the term's fall, so the two do not add up; the joint reduction is what doing both returns.
     *
     * @param interaction the interaction term's id
     * @param recommendations the two recommendations, the first dimension's then the second's
     * @param jointReduction the fall in the index with both moved together
     * @param separateReductions the sum of their own expected reductions, each moved alone
     */
    public record Bundle(
            String interaction, List<String> recommendations, double jointReduction, double separateReductions) {
        public Bundle {
            recommendations = List.copyOf(recommendations);
        }
    }

    /**
     * What one answer adds to its dimension's score:
     * {@code 100 * weight * risk * factor / dimension maximum}.
     *
     * @param risk the answer's risk value in [0, 1]
     * @param weight the question's weight within its dimension
     * @param factor for a question scaled by others ({@code scaledBy}), the product of their answers'
     *     risks, in [0, 1]; absent otherwise
     */
    public record Contribution(String questionId, double points, double risk, double weight, Double factor) {}

    /**
     * One term of the overall index.
     *
     * @param value the dimension score, or for an interaction {@code a * b / 100}
     * @param points {@code weight * value / total weight}: what the term adds to the index
     */
    public record OverallTerm(String id, TermKind kind, double weight, double value, double points) {}

    /**
     * A fired recommendation.
     *
     * @param triggeredBy the question ids whose answers fired it
     * @param expectedRiskReduction today's overall index minus the index with those answers moved to
     *     their lowest-risk values: a fall in this index, not a return on investment
     * @param because the answers that fired it, as given; empty in results stored before
     *     questionnaire v2, which did not keep them
     * @param target the state to reach; absent when the definition gives none
     * @param effort what reaching it takes; absent when the definition gives none
     * @param tradeOff its main cost or downside; absent when the definition gives none
     * @param reductionPerEffort the expected reduction per unit of effort (LOW 1, MEDIUM 2, HIGH 4),
     *     to order the plan by what each step returns for its cost; absent without an effort
     */
    public record Recommendation(
            String id,
            String title,
            String reference,
            String rationale,
            List<String> triggeredBy,
            double expectedRiskReduction,
            List<Because> because,
            String target,
            Effort effort,
            String tradeOff,
            Double reductionPerEffort) {
        public Recommendation {
            triggeredBy = List.copyOf(triggeredBy);
            because = because == null ? List.of() : List.copyOf(because);
        }
    }

    /**
     * One answer that fired a recommendation, as given.
     *
     * @param answer the answer as a client sends it ({@link Answer#toJson()}): an option id, a list
     *     of them, a number, a boolean or {@value Answer.Unknown#VALUE}
     */
    public record Because(String questionId, Object answer) {}
}
