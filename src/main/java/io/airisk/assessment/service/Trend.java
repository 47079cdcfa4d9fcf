package io.airisk.assessment.service;

import io.airisk.engine.ChangeExplainer;
import io.airisk.engine.RiskBand;
import io.airisk.engine.ScoreResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization's submitted assessments in the order they were submitted, and between each two
 * the change of the index explained to the cent.
 */
@Schema(
        description = "An organization's submitted assessments in time order, and each change between two explained",
        requiredProperties = {"organizationId", "points", "deltas"})
public record Trend(
        UUID organizationId,
        @Schema(maxItems = 100) List<Point> points,
        @Schema(maxItems = 99) List<Delta> deltas) {

    /** One submitted assessment. */
    @Schema(
            name = "TrendPoint",
            requiredProperties = {"id", "submittedAt", "questionnaireVersion", "overallRisk", "band", "dimensions"})
    public record Point(
            UUID id,
            Instant submittedAt,
            @Schema(maxLength = 50) String questionnaireVersion,
            double overallRisk,
            RiskBand band,
            ScoreResult.Range range,

            @Schema(description = "Each dimension's score, by dimension id")
            Map<String, Double> dimensions) {}

    /** The change from one submitted assessment to the next, explained. */
    @Schema(
            name = "TrendDelta",
            requiredProperties = {"fromAssessmentId", "toAssessmentId", "explained"})
    public record Delta(UUID fromAssessmentId, UUID toAssessmentId, ChangeExplainer.Delta explained) {}
}
