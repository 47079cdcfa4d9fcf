package io.airisk.assessment;

import io.airisk.engine.RiskBand;
import io.airisk.engine.ScoreResult;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portfolio and the peer benchmarks need of an organization's latest submitted result:
 * its index and band, each dimension's score, and the recommendations it fired with their expected
 * reduction. A few hundred bytes, where the result it is taken from is ten kilobytes.
 *
 * @param dimensions each dimension's score by its id, in the questionnaire's order
 */
@RegisterForReflection
public record Standing(
        double overallRisk,
        RiskBand band,
        String questionnaireVersion,
        Map<String, Double> dimensions,
        List<Step> recommendations) {

    public Standing {
        dimensions = new LinkedHashMap<>(dimensions);
        recommendations = List.copyOf(recommendations);
    }

    /** A recommendation the result fired, and the fall in the index it is expected to bring. */
    @RegisterForReflection
    public record Step(String id, String title, String reference, double expectedRiskReduction) {}

    public static Standing of(ScoreResult result) {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        result.dimensions().forEach(dimension -> dimensions.put(dimension.id(), dimension.score()));
        return new Standing(
                result.overallRisk(),
                result.band(),
                result.questionnaireVersion(),
                dimensions,
                result.recommendations().stream()
                        .map(step -> new Step(step.id(), step.title(), step.reference(), step.expectedRiskReduction()))
                        .toList());
    }
}
