package io.airisk.portfolio.service;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an assessment stands among its peers, in percentiles only, or why that is not shown. */
@Schema(
        name = "PeerBenchmark",
        description =
                "The percentile of a submitted assessment's index and of each dimension among the latest submitted"
                        + " assessments of other organizations of the same industry and size; or, when the group is too small"
                        + " to show without telling about its members, why not",
        requiredProperties = {"available", "scope"})
public record PeerView(
        @Schema(description = "Whether the percentiles are shown")
        boolean available,

        PeerScope scope,

        @Schema(description = "Why they are not shown; absent when they are")
        Reason reason,

        @Schema(description = "The reason in a sentence; absent when they are shown", maxLength = 500)
        String detail,

        @Schema(
                description = "How many other organizations the group holds; absent when not shown",
                minimum = "10",
                maximum = "2147483647")
        Integer groupSize,

        @Schema(description = "The percentiles; absent when not shown")
        Percentiles percentile) {

    /**
     * Percentiles: the share of the group below, counting ties as half, from 0 to 100. The index
     * measures exposure, so 80 means more exposed than four in five peers.
     */
    @Schema(
            name = "PeerPercentiles",
            requiredProperties = {"overall", "dimensions"})
    public record Percentiles(
            @Schema(minimum = "0", maximum = "100") double overall,

            @Schema(
                    description = "By dimension id: the dimensions that at least as many peers have as the group must"
                            + " hold")
            Map<String, Double> dimensions) {}

    /** Why the percentiles are not shown. */
    public enum Reason {
        /** The organization has no industry or no size, so it has no peer group. */
        NO_PEER_GROUP,
        /** The caller's tenant does not take part in peer benchmarks across tenants. */
        NOT_TAKING_PART,
        /** Within the tenant, fewer than 10 other organizations with a submitted assessment. */
        TOO_FEW_ORGANIZATIONS,
        /**
         * Across tenants, fewer than 10 organizations, or fewer than 3 other tenants, or one of
         * them holding more than half: which, is not told.
         */
        GROUP_TOO_SMALL,
        /** Across tenants, only an organization's latest submitted assessment is ranked. */
        NOT_LATEST
    }

    static PeerView unavailable(PeerScope scope, Reason reason, String detail) {
        return new PeerView(false, scope, reason, detail, null, null);
    }
}
