package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.assessment.PeerGroup;
import io.airisk.assessment.PortfolioFigures;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.OrganizationRepository;
import io.airisk.assessment.repository.ScoreEntity;
import io.airisk.assessment.repository.StandingEntity;
import io.airisk.assessment.repository.StandingRepository;
import io.airisk.assessment.repository.StepEntity;
import io.airisk.engine.ScoreResult;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each organization's standing (migration V12) equal to what its submitted assessments say:
 * rewritten in the transaction that submits or deletes one of them, so that the portfolio and the
 * peer benchmarks are computed by the database from a few rows per organization instead of its
 * assessments' results.
 */
@ApplicationScoped
public class Standings {

    /** The dimension that names the overall index among an organization's scores. */
    public static final String OVERALL = ScoreEntity.OVERALL;

    /** How many stale standings one transaction of the start-up refresh rewrites. */
    private static final int BATCH = 100;

    private final StandingRepository standings;
    private final AssessmentRepository assessments;
    private final OrganizationRepository organizations;

    public Standings(
            StandingRepository standings, AssessmentRepository assessments, OrganizationRepository organizations) {
        this.standings = standings;
        this.assessments = assessments;
        this.organizations = organizations;
    }

    /** The portfolio's figures over the tenant's organizations that the selection takes. */
    @Transactional(TxType.SUPPORTS)
    public PortfolioFigures portfolio(UUID tenantId, PortfolioFigures.Selection selection) {
        return standings.portfolio(tenantId, selection);
    }

    /**
     * How each given score of one of the caller's organizations stands among its peers: the other
     * organizations of its peer group with a submitted assessment, of its tenant, or of the other
     * tenants that take part across tenants. Empty when the organization has no peer group (no
     * industry or no size).
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<PeerGroup> peers(
            Caller caller, UUID organizationId, boolean acrossTenants, Map<String, Double> scores) {
        return organizations
                .find(caller.tenantId(), organizationId)
                .filter(organization -> organization.peerGroup != null)
                .map(organization -> new PeerGroup(
                        standings
                                .findByIdOptional(organizationId)
                                .map(standing -> standing.latestAssessmentId)
                                .orElse(null),
                        acrossTenants ? standings.largestTenantInGroup(organization.peerGroup, caller.tenantId()) : 0,
                        standings.peers(
                                organization.peerGroup, organizationId, caller.tenantId(), acrossTenants, scores)));
    }

    /** The standing of an organization created in this transaction: it has nothing submitted yet. */
    @Transactional(TxType.MANDATORY)
    void created(UUID organizationId, UUID tenantId) {
        StandingEntity standing = new StandingEntity();
        standing.organizationId = organizationId;
        standing.tenantId = tenantId;
        standings.persist(standing);
    }

    /**
     * Rewrites the organization's standing from its two latest submitted assessments, under the
     * standing's lock: two submits for one organization write one after the other, each from what
     * the other committed.
     */
    @Transactional(TxType.MANDATORY)
    void refresh(UUID organizationId) {
        assessments.flush();
        StandingEntity standing = standings.lock(organizationId).orElseGet(() -> {
            // Organizations written by other means than the service, such as bench/seed.sh.
            StandingEntity created = new StandingEntity();
            created.organizationId = organizationId;
            created.tenantId = assessments.latestSubmitted(organizationId, 1).stream()
                    .map(assessment -> assessment.tenantId)
                    .findFirst()
                    .orElseGet(() -> organizations.findById(organizationId).tenantId);
            standings.persist(created);
            return created;
        });
        List<AssessmentEntity> latest = assessments.latestSubmitted(organizationId, 2);
        standing.stale = false;
        standing.submitted = Math.toIntExact(assessments.countSubmitted(organizationId));
        AssessmentEntity last = latest.isEmpty() ? null : latest.get(0);
        AssessmentEntity before = latest.size() < 2 ? null : latest.get(1);
        standing.latestAssessmentId = last == null ? null : last.id;
        standing.latestSubmittedAt = last == null ? null : last.submittedAt;
        standing.latestOverall = last == null ? null : last.result.overallRisk();
        standing.latestBand = last == null ? null : last.result.band();
        standing.previousAssessmentId = before == null ? null : before.id;
        standing.previousOverall = before == null ? null : before.result.overallRisk();
        List<ScoreEntity> scores = new ArrayList<>();
        List<StepEntity> steps = new ArrayList<>();
        if (last != null) {
            scores.add(score(organizationId, ScoreEntity.OVERALL, last.result.overallRisk()));
            last.result
                    .dimensions()
                    .forEach(dimension -> scores.add(score(organizationId, dimension.id(), dimension.score())));
            for (ScoreResult.Recommendation recommendation : last.result.recommendations()) {
                StepEntity step = new StepEntity();
                step.organizationId = organizationId;
                step.recommendationId = recommendation.id();
                step.title = recommendation.title();
                step.reference = recommendation.reference();
                step.reduction = recommendation.expectedRiskReduction();
                steps.add(step);
            }
        }
        standings.replaceLatest(organizationId, scores, steps);
    }

    private static ScoreEntity score(UUID organizationId, String dimension, double value) {
        ScoreEntity score = new ScoreEntity();
        score.organizationId = organizationId;
        score.dimension = dimension;
        score.score = value;
        return score;
    }

    /**
     * At every start, finds the standings that are out of date (marked stale by migration V12, or
     * left behind by instances of an earlier release during a rolling upgrade) and rewrites them, a
     * hundred per transaction: an index lookup per organization, then a rewrite of those found.
     * Several instances starting at once may do the same work twice, not wrongly: each rewrite holds
     * the standing's lock, and the batches are taken in the same order.
     */
    void refreshStale(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            organizations.placeInPeerGroups();
            standings.markOutOfDate();
        });
        int refreshed = 0;
        List<UUID> stale;
        do {
            stale = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> batch = standings.stale(BATCH);
                batch.forEach(this::refresh);
                return batch;
            });
            refreshed += stale.size();
        } while (stale.size() == BATCH);
        if (refreshed > 0) {
            Log.infof("Brought the standing of %d organizations up to date", refreshed);
        }
    }
}
