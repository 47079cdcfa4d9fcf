package io.airisk.portfolio.service;

import io.airisk.engine.Cents;
import java.util.Arrays;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a set of indexes or dimension scores is spread, in figures anyone can recompute by hand:
 * sort the n values; the mean is their sum over n; the quartile at p (0.25, 0.5, 0.75) lies at
 * rank h = (n - 1) p from 0, between the values at ranks floor(h) and floor(h) + 1, in proportion
 * (the method of spreadsheets' QUARTILE.INC). Every figure is rounded to the cent.
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

    /** The spread of at least one value. */
    public static Distribution of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to describe");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double sum = 0;
        for (double value : sorted) {
            sum += value;
        }
        return new Distribution(
                null,
                sorted.length,
                Cents.round(sum / sorted.length),
                Cents.round(sorted[0]),
                Cents.round(quantile(sorted, 0.25)),
                Cents.round(quantile(sorted, 0.5)),
                Cents.round(quantile(sorted, 0.75)),
                Cents.round(sorted[sorted.length - 1]));
    }

    private static double quantile(double[] sorted, double p) {
        double rank = (sorted.length - 1) * p;
        int below = (int) Math.floor(rank);
        if (below + 1 >= sorted.length) {
            return sorted[below];
        }
        return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
    }

    /**
     * The percentile of a value among others: the share of them below it, counting those equal to
     * it as half below, in percent and rounded to the tenth. 80 means higher than four in five.
     */
    public static double percentileRank(double value, Collection<Double> others) {
        if (others.isEmpty()) {
            throw new IllegalArgumentException("No values to rank among");
        }
        double below = 0;
        for (double other : others) {
            if (other < value) {
                below += 1;
            } else if (other == value) {
                below += 0.5;
            }
        }
        return Math.round(below * 1000.0 / others.size()) / 10.0;
    }
}
