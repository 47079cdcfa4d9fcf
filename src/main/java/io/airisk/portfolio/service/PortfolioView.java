package io.airisk.portfolio.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.airisk.assessment.PortfolioFigures;
import io.airisk.engine.RiskBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's portfolio: each organization counted once, by its latest submitted assessment.
 *
 * @param organizations the organizations counted: those with a submitted assessment that match the filters
 * @param assessments the submitted assessments those organizations hold, in all
 */
@Schema(
        name = "Portfolio",
        description = "A tenant's organizations, each by its latest submitted assessment: how many, their bands,"
                + " the spread of the index and of each dimension, the recommendations they share and the"
                + " organizations whose index rose since their previous assessment",
        requiredProperties = {
            "filters",
            "organizations",
            "assessments",
            "bands",
            "dimensions",
            "topRecommendations",
            "rising",
            "risingTotal"
        })
public record PortfolioView(
        Filters filters,

        @Schema(description = "The organizations counted", minimum = "0", maximum = "2147483647")
        int organizations,

        @Schema(
                description = "The submitted assessments they hold in all",
                minimum = "0",
                maximum = "9223372036854775807")
        long assessments,

        Bands bands,

        @Schema(description = "The spread of the organizations' indexes; absent when none is counted")
        Distribution overall,

        @Schema(
                description = "The spread of each dimension's score, by dimension id, among the organizations whose"
                        + " latest questionnaire has it")
        Map<String, Distribution> dimensions,

        @Schema(
                description = "The recommendations fired most often, at most 10: by how many organizations, then by"
                        + " the reduction they add up to",
                maxItems = PortfolioFigures.STEPS)
        List<SharedRecommendation> topRecommendations,

        @Schema(
                description = "The organizations whose index rose since their previous assessment, the largest rise"
                        + " first, at most 20",
                maxItems = PortfolioFigures.RISING)
        List<Rise> rising,

        @Schema(
                description = "How many organizations' index rose, of which `rising` lists the first",
                minimum = "0",
                maximum = "2147483647")
        int risingTotal) {

    /** How many organizations are in each band. */
    @Schema(
            name = "PortfolioBands",
            description = "How many organizations' latest index is in each band, every band present (0 when none)",
            requiredProperties = {"LOW", "MODERATE", "HIGH", "CRITICAL"})
    public record Bands(
            @JsonProperty("LOW") @Schema(minimum = "0", maximum = "2147483647")
            int low,

            @JsonProperty("MODERATE") @Schema(minimum = "0", maximum = "2147483647")
            int moderate,

            @JsonProperty("HIGH") @Schema(minimum = "0", maximum = "2147483647")
            int high,

            @JsonProperty("CRITICAL") @Schema(minimum = "0", maximum = "2147483647")
            int critical) {

        /** The counts of a map by band, a band absent counting 0. */
        public static Bands of(Map<RiskBand, Integer> counts) {
            return new Bands(
                    counts.getOrDefault(RiskBand.LOW, 0),
                    counts.getOrDefault(RiskBand.MODERATE, 0),
                    counts.getOrDefault(RiskBand.HIGH, 0),
                    counts.getOrDefault(RiskBand.CRITICAL, 0));
        }

        /** The bands in order, with their counts. */
        public Map<RiskBand, Integer> byBand() {
            Map<RiskBand, Integer> counts = new java.util.EnumMap<>(RiskBand.class);
            counts.put(RiskBand.LOW, low);
            counts.put(RiskBand.MODERATE, moderate);
            counts.put(RiskBand.HIGH, high);
            counts.put(RiskBand.CRITICAL, critical);
            return counts;
        }
    }

    /** The filters applied, as given. */
    @Schema(name = "PortfolioFilters", description = "The filters applied; an absent one was not given")
    public record Filters(
            @Schema(maxLength = 100) String industry,
            @Schema(maxLength = 50) String size,

            @Schema(description = "The first day (UTC) of the period the latest assessment was submitted in")
            LocalDate from,

            @Schema(description = "The last day (UTC) of that period")
            LocalDate to) {}

    /** A recommendation and the organizations it was fired for. */
    @Schema(
            name = "SharedRecommendation",
            requiredProperties = {"id", "title", "count", "totalExpectedReduction"})
    public record SharedRecommendation(
            @Schema(maxLength = 100) String id,
            @Schema(maxLength = 500) String title,

            @Schema(description = "The article's recommendation it follows (R1 to R8)", maxLength = 20)
            String reference,

            @Schema(
                    description = "For how many organizations' latest assessment it was fired",
                    minimum = "0",
                    maximum = "2147483647")
            int count,

            @Schema(description = "The sum of its expected reductions over those organizations, in index points")
            double totalExpectedReduction) {}

    /** An organization whose index rose since its previous assessment. */
    @Schema(
            name = "PortfolioRise",
            requiredProperties = {
                "organizationId",
                "name",
                "assessmentId",
                "submittedAt",
                "previousAssessmentId",
                "from",
                "to",
                "change"
            })
    public record Rise(
            UUID organizationId,
            @Schema(maxLength = 200) String name,

            @Schema(description = "Its latest submitted assessment")
            UUID assessmentId,

            Instant submittedAt,
            @Schema(description = "The one before") UUID previousAssessmentId,

            @Schema(description = "The index of the one before")
            double from,

            @Schema(description = "The index of the latest") double to,

            @Schema(description = "to - from, rounded to 0.01: above 0")
            double change) {}
}
