package io.airisk.portfolio.service;

import io.airisk.access.Caller;
import io.airisk.access.service.Tenants;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.PeerCounts;
import io.airisk.assessment.service.AssessmentNotFoundException;
import io.airisk.assessment.service.AssessmentNotSubmittedException;
import io.airisk.assessment.service.AssessmentService;
import io.airisk.assessment.service.AssessmentView;
import io.airisk.assessment.service.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Peer benchmarks: where a submitted assessment stands among the latest submitted assessments of
 * the other organizations of its industry and size. Nothing but percentiles leaves here, and only
 * for a group large enough that they tell nothing about any one member: at least
 * {@value #MIN_ORGANIZATIONS} other organizations, and across tenants, of at least
 * {@value #MIN_TENANTS} tenants that take part. A dimension is ranked only among the peers whose
 * latest questionnaire has it, under the same rule.
 */
@ApplicationScoped
public class Peers {

    public static final int MIN_ORGANIZATIONS = 10;
    public static final int MIN_TENANTS = 3;

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
        Optional<List<PeerCounts>> counts =
                standings.peers(caller, assessment.organizationId(), scope == PeerScope.SHARED, scores);
        if (counts.isEmpty()) {
            return PeerView.unavailable(
                    scope,
                    PeerView.Reason.NO_PEER_GROUP,
                    "The organization has no industry or no size, so it has no peers to compare with.");
        }
        return rank(scope, counts.get());
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
    static PeerView rank(PeerScope scope, List<PeerCounts> counts) {
        PeerCounts overall = counts.stream()
                .filter(count -> count.dimension().equals(Standings.OVERALL))
                .findFirst()
                .orElse(new PeerCounts(Standings.OVERALL, 0, 0, 0));
        String unmet = unmet(scope, overall);
        if (unmet != null) {
            return PeerView.unavailable(
                    scope,
                    scope == PeerScope.SHARED && overall.count() >= MIN_ORGANIZATIONS
                            ? PeerView.Reason.TOO_FEW_TENANTS
                            : PeerView.Reason.TOO_FEW_ORGANIZATIONS,
                    unmet);
        }
        Map<String, Double> dimensions = new LinkedHashMap<>();
        for (PeerCounts count : counts) {
            if (!count.dimension().equals(Standings.OVERALL) && unmet(scope, count) == null) {
                dimensions.put(count.dimension(), Distribution.percentile(count.below(), count.count()));
            }
        }
        return new PeerView(
                true,
                scope,
                null,
                null,
                Math.toIntExact(overall.count()),
                new PeerView.Percentiles(Distribution.percentile(overall.below(), overall.count()), dimensions));
    }

    /** What the group lacks to be shown, in a sentence; null when it lacks nothing. */
    private static String unmet(PeerScope scope, PeerCounts group) {
        if (group.count() < MIN_ORGANIZATIONS) {
            return "The peer group holds fewer than " + MIN_ORGANIZATIONS
                    + " other organizations with a submitted assessment; percentiles of so few would tell about"
                    + " its members.";
        }
        if (scope == PeerScope.SHARED && group.tenants() < MIN_TENANTS) {
            return "The shared peer group draws on fewer than " + MIN_TENANTS
                    + " tenants that take part; percentiles would tell about their organizations.";
        }
        return null;
    }
}
