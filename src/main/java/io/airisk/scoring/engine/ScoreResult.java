package io.airisk.scoring.engine;

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
 */
public record ScoreResult(
        double overallRisk,
        RiskBand band,
        double completeness,
        String questionnaireVersion,
        List<DimensionScore> dimensions,
        List<OverallTerm> overallTerms,
        List<Recommendation> recommendations,
        String notice) {

    public ScoreResult {
        dimensions = List.copyOf(dimensions);
        overallTerms = List.copyOf(overallTerms);
        recommendations = List.copyOf(recommendations);
    }

    /** The score of one dimension and what each visible answer contributed to it. */
    public record DimensionScore(String id, double score, List<Contribution> contributions) {
        public DimensionScore {
            contributions = List.copyOf(contributions);
        }
    }

    /**
     * What one answer adds to its dimension's score: {@code 100 * weight * risk / dimension maximum}.
     *
     * @param risk the answer's risk value in [0, 1]
     * @param weight the question's weight within its dimension
     */
    public record Contribution(String questionId, double points, double risk, double weight) {}

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
     */
    public record Recommendation(
            String id,
            String title,
            String reference,
            String rationale,
            List<String> triggeredBy,
            double expectedRiskReduction) {
        public Recommendation {
            triggeredBy = List.copyOf(triggeredBy);
        }
    }
}
