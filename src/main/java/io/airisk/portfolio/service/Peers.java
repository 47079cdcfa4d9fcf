package io.airisk.portfolio.service;

import io.airisk.access.Caller;
import io.airisk.access.service.Tenants;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.PeerCounts;
import io.airisk.assessment.PeerGroup;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.assessment.service.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Peer benchmarks: where a submitted assessment stands among the latest submitted assessments of
 * the other organizations of its industry and size. Nothing but percentiles and the group's size
 * leaves here, and only for a group large enough: within the tenant (its own data), at least
 * {@value #MIN_ORGANIZATIONS} other organizations; across tenants, the other tenants' organizations
 * only (so that a tenant cannot pad a group with its own), at least {@value #MIN_ORGANIZATIONS} of
 * at least {@value #MIN_TENANTS} tenants, none holding more than half, percentiles to the nearest
 * {@value #PERCENTILE_STEP} and the size rounded down, for the organization's latest assessment
 * only. A dimension is ranked only among the peers whose latest questionnaire has it, under the
 * same rule. docs/portfolio.md says what this leaves a determined tenant to learn.
 */
@ApplicationScoped
public class Peers {

    public static final int MIN_ORGANIZATIONS = 10;
    public static final int MIN_TENANTS = 3;

    /** Across tenants, percentiles are shown to the nearest 5, and the group's size rounded down to a multiple of 5. */
    public static final int PERCENTILE_STEP = 5;

    public static final int SIZE_STEP = 5;

    private final AssessmentService assessments;
    private final Standings standings;
    private final Tenants tenants;

    public Peers(AssessmentService assessments, Standings standings, Tenants tenants) {
        this.assessments = assessments;
        this.standings = standings;
        this.tenants = tenants;
    }

    /** The peer benchmark of a submitted assessment the caller reaches. */
    @Transactional(TxType.SUPPORTS)
    public PeerView of(Caller caller, UUID id, PeerScope scope)
            throws AssessmentNotFoundException, AssessmentNotSubmittedException {
        AssessmentView assessment = assessments.find(caller, id).orElseThrow(() -> new AssessmentNotFoundException(id));
        if (assessment.status() != AssessmentStatus.SUBMITTED || assessment.result() == null) {
            throw new AssessmentNotSubmittedException(id, "a peer benchmark ranks a submitted result");
        }
        return of(caller, assessment, scope);
    }

    /** The peer benchmark of a submitted assessment. */
    @Transactional(TxType.SUPPORTS)
    public PeerView of(Caller caller, AssessmentView assessment, PeerScope scope) {
        if (scope == PeerScope.SHARED && !tenants.get(caller).peerBenchmarks()) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.NOT_TAKING_PART,
                    "This tenant does not take part in peer benchmarks across tenants; an ADMIN may choose to"
                            + " (PATCH /api/v1/tenant with peerBenchmarks).");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put(Standings.OVERALL, assessment.result().overallRisk());
        assessment.result().dimensions().forEach(dimension -> scores.put(dimension.id(), dimension.score()));
        Optional<PeerGroup> group =
                standings.peers(caller, assessment.organizationId(), scope == PeerScope.SHARED, scores);
        if (group.isEmpty()) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.NO_PEER_GROUP,
                    "The organization has no industry or no size, so it has no peers to compare with.");
        }
        if (scope == PeerScope.SHARED && !assessment.id().equals(group.get().latestAssessmentId())) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.NOT_LATEST,
                    "Across tenants, only an organization's latest submitted assessment is ranked.");
        }
        return rank(scope, group.get());
    }

    /**
     * The widest benchmark the caller's tenant may see of a submitted assessment: across tenants
     * when it takes part and that group may be shown, else within the tenant; what the report shows.
     */
    @Transactional(TxType.SUPPORTS)
    public PeerView widest(Caller caller, AssessmentView assessment) {
        PeerView shared = of(caller, assessment, PeerScope.SHARED);
        return shared.available() ? shared : of(caller, assessment, PeerScope.TENANT);
    }

    /** The percentiles those counts give, or why they may not be shown. */
    static PeerView rank(PeerScope scope, PeerGroup group) {
        PeerCounts overall = group.counts().stream()
                .filter(count -> count.dimension().equals(Standings.OVERALL))
                .findFirst()
                .orElse(new PeerCounts(Standings.OVERALL, 0, 0, 0));
        if (scope == PeerScope.TENANT && overall.count() < MIN_ORGANIZATIONS) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.TOO_FEW_ORGANIZATIONS,
                    "The tenant holds fewer than " + MIN_ORGANIZATIONS
                            + " other organizations of this industry and size with a submitted assessment.");
        }
        if (scope == PeerScope.SHARED && !shareable(overall, group.largestTenant())) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.GROUP_TOO_SMALL,
                    "The shared peer group is too small to show without telling about its members: it needs at least "
                            + MIN_ORGANIZATIONS + " organizations of at least " + MIN_TENANTS
                            + " other tenants that take part, none holding more than half of them.");
        }
        Map<String, Double> dimensions = new LinkedHashMap<>();
        for (PeerCounts count : group.counts()) {
            boolean shown = scope == PeerScope.TENANT
                    ? count.count() >= MIN_ORGANIZATIONS
                    : shareable(count, group.largestTenant());
            if (!count.dimension().equals(Standings.OVERALL) && shown) {
                dimensions.put(count.dimension(), shown(scope, count));
            }
        }
        long size = scope == PeerScope.SHARED ? overall.count() / SIZE_STEP * SIZE_STEP : overall.count();
        return new PeerView(
                true,
                scope,
                null,
                null,
                Math.toIntExact(size),
                new PeerView.Percentiles(shown(scope, overall), dimensions));
    }

    /**
     * Whether a shared group may be shown: enough organizations, of enough other tenants, none of
     * which holds more than half of them (a dominant tenant would learn the others' values from its own).
     */
    private static boolean shareable(PeerCounts group, long largestTenant) {
        return group.count() >= MIN_ORGANIZATIONS
                && group.tenants() >= MIN_TENANTS
                && largestTenant * 2 <= group.count();
    }

    /** A percentile as shown: exact within the tenant; across tenants, to the nearest {@value #PERCENTILE_STEP}. */
    private static double shown(PeerScope scope, PeerCounts count) {
        double percentile = Distribution.percentile(count.below(), count.count());
        return scope == PeerScope.SHARED
                ? Math.round(percentile / PERCENTILE_STEP) * (double) PERCENTILE_STEP
                : percentile;
    }
}
