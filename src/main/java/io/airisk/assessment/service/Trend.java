package io.airisk.assessment.service;

import io.airisk.engine.ChangeExplainer;
import io.airisk.engine.RiskBand;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.Target;
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
        requiredProperties = {"organizationId", "points", "deltas", "targets"})
public record Trend(
        UUID organizationId,
        @Schema(maxItems = 100) List<Point> points,
        @Schema(maxItems = 99) List<Delta> deltas,

        @Schema(
                description = "The organization's targets against its latest submitted assessment; empty when it"
                        + " records none or has no submitted assessment",
                maxItems = Organization.TARGETS_MAX)
        List<TargetStatus> targets) {

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

    /**
     * Where the latest submitted assessment stands against one target, and the steps of its plan
     * that close the distance.
     */
    @Schema(
            name = "TargetStatus",
            requiredProperties = {
                "scope",
                "target",
                "ceiling",
                "current",
                "distance",
                "met",
                "reachable",
                "after",
                "steps"
            })
    public record TargetStatus(
            @Schema(description = "The dimension's id, or `overall`", maxLength = 50)
            String scope,

            Target target,

            @Schema(description = "The highest score that meets the target: the index, or the band's highest index")
            double ceiling,

            @Schema(description = "The score of the latest submitted assessment")
            double current,

            @Schema(description = "How far the score is above the ceiling; 0 when the target is met")
            double distance,

            boolean met,

            @Schema(
                    description =
                            "Whether the steps bring the score to the ceiling; false when even the whole plan does not")
            boolean reachable,

            @Schema(description = "The score once the steps are taken")
            double after,

            @Schema(
                    description = "The plan's steps that close the distance, the one that lowers this score"
                            + " most first (docs/methodology.md)",
                    maxItems = 50)
            List<Step> steps) {}

    /** A step of the improvement plan. */
    @Schema(
            name = "TargetStep",
            requiredProperties = {"id", "title"})
    public record Step(
            @Schema(maxLength = 100) String id,
            @Schema(maxLength = 500) String title,

            @Schema(description = "The score once this step is taken, with the steps before it")
            double after) {}
}
