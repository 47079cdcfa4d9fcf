package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.assessment.Standing;
import io.airisk.assessment.StandingRow;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.OrganizationRepository;
import io.airisk.assessment.repository.StandingEntity;
import io.airisk.assessment.repository.StandingRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each organization's standing (migration V12) equal to what its submitted assessments say:
 * rewritten in the transaction that submits or deletes one of them, so that the portfolio and the
 * peer benchmarks read one small row per organization instead of its assessments' results.
 */
@ApplicationScoped
public class Standings {

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

    /**
     * The tenant's organizations with a submitted assessment, of that industry and size (each
     * optional, compared trimmed and ignoring case), whose latest was submitted in [from, to) (each
     * optional): what the portfolio counts.
     */
    @Transactional(TxType.SUPPORTS)
    public List<StandingRow> portfolio(UUID tenantId, String industry, String size, Instant from, Instant to) {
        return standings.portfolio(tenantId, industry, size, from, to);
    }

    /**
     * The peers of the caller's organization: the other organizations of its peer group with a
     * submitted assessment, of its tenant or of every tenant that takes part across tenants. Empty
     * when the organization has no peer group (no industry or no size).
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<List<StandingRow>> peers(Caller caller, UUID organizationId, boolean acrossTenants) {
        return organizations
                .find(caller.tenantId(), organizationId)
                .map(organization -> organization.peerGroup)
                .map(group -> standings.peers(group, organizationId, caller.tenantId(), acrossTenants));
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
        StandingEntity standing = standings
                .lock(organizationId)
                .orElseThrow(() -> new IllegalStateException("No standing for organization " + organizationId));
        List<AssessmentEntity> latest = assessments.latestSubmitted(organizationId, 2);
        standing.stale = false;
        standing.submitted = Math.toIntExact(assessments.countSubmitted(organizationId));
        AssessmentEntity last = latest.isEmpty() ? null : latest.get(0);
        AssessmentEntity before = latest.size() < 2 ? null : latest.get(1);
        standing.latestAssessmentId = last == null ? null : last.id;
        standing.latestSubmittedAt = last == null ? null : last.submittedAt;
        standing.summary = last == null ? null : Standing.of(last.result);
        standing.previousAssessmentId = before == null ? null : before.id;
        standing.previousSubmittedAt = before == null ? null : before.submittedAt;
        standing.previousOverall = before == null ? null : before.result.overallRisk();
    }

    /**
     * Fills in the standings that migration V12 marked stale, a hundred per transaction: a cost paid
     * once, by the first start after the upgrade, that grows with the organizations. Several
     * instances starting at once do the same work twice, not wrongly: each rewrite holds the lock.
     */
    void refreshStale(@Observes StartupEvent start) {
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
            Log.infof("Computed the standing of %d organizations (migration V12)", refreshed);
        }
    }
}
