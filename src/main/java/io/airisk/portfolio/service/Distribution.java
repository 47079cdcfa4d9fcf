package io.airisk.portfolio.service;

import io.airisk.assessment.PortfolioFigures;
import io.airisk.engine.Cents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a set of indexes or dimension scores is spread, in figures anyone can recompute by hand:
 * sort the n values; the mean is their sum over n; the quartile at p (0.25, 0.5, 0.75) lies at
 * rank h = (n - 1) p from 0, between the values at ranks floor(h) and floor(h) + 1, in proportion
 * (the method of spreadsheets' QUARTILE.INC and of SQL's PERCENTILE_CONT, which computes them).
 * Every figure is rounded to the cent.
 */
@Schema(
        description = "How the values are spread: n values sorted, quartiles at rank (n - 1) p from 0,"
                + " interpolated between neighbours (QUARTILE.INC); rounded to 0.01",
        requiredProperties = {"count", "mean", "min", "q1", "median", "q3", "max"})
public record Distribution(
        @Schema(
                description = "The dimension's name, in the latest questionnaire that has it; absent for the index",
                maxLength = 200)
        String name,

        @Schema(description = "How many values", minimum = "1", maximum = "2147483647")
        int count,

        double mean,
        double min,
        double q1,
        double median,
        double q3,
        double max) {

    /** The same spread, for the dimension of that name. */
    public Distribution named(String dimensionName) {
        return new Distribution(dimensionName, count, mean, min, q1, median, q3, max);
    }

    /** A spread the database computed, every figure rounded to the cent. */
    public static Distribution of(PortfolioFigures.Spread spread) {
        return new Distribution(
                null,
                Math.toIntExact(spread.count()),
                Cents.round(spread.mean()),
                Cents.round(spread.min()),
                Cents.round(spread.q1()),
                Cents.round(spread.median()),
                Cents.round(spread.q3()),
                Cents.round(spread.max()));
    }

    /**
     * A percentile from the peers below a value, those equal counting half: in percent of them all,
     * rounded to the tenth. 80 means higher than four in five.
     */
    public static double percentile(double below, long of) {
        return Math.round(below * 1000.0 / of) / 10.0;
    }
}
