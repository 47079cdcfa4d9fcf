package io.airisk.assessment;

import io.airisk.engine.RiskBand;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the database computes of a tenant's organizations with a submitted assessment, each by its
 * latest (the standings of migration V12), for the portfolio: figures, never the rows they come from.
 *
 * @param spreads the spread of the index ({@code overall}) and of each dimension's score
 * @param steps the recommendations fired most often, by count then total reduction
 * @param rising the organizations whose index rose most since their previous assessment
 */
public record PortfolioFigures(
        long organizations,
        long assessments,
        Map<RiskBand, Long> bands,
        List<Spread> spreads,
        List<SharedStep> steps,
        List<Rise> rising,
        long risingTotal) {

    /** How many shared steps, and how many rising organizations, the portfolio lists at most. */
    public static final int STEPS = 10;

    public static final int RISING = 20;

    /** The spread of one score: quartiles as PERCENTILE_CONT computes them (linear between neighbours). */
    public record Spread(
            String dimension, long count, double mean, double min, double q1, double median, double q3, double max) {}

    /** A recommendation, for how many organizations it was fired, and the reduction it adds up to. */
    public record SharedStep(String id, String title, String reference, long count, double total) {}

    /** An organization whose latest index is above its previous one; built by a query (select new). */
    @RegisterForReflection
    public record Rise(
            UUID organizationId,
            String name,
            UUID assessmentId,
            Instant submittedAt,
            UUID previousAssessmentId,
            double from,
            double to) {}

    /** Which organizations: each filter optional; the period is that of the latest submission, [from, to). */
    public record Selection(String industry, String size, Instant from, Instant to) {}
}
