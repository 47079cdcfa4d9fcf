package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.access.service.AuditAction;
import io.airisk.access.service.AuditTrail;
import io.airisk.access.service.Tenants;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.OrganizationEntity;
import io.airisk.assessment.repository.OrganizationRepository;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.Target;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organizations a tenant assesses. A name is unique within a tenant, ignoring case: an
 * assessment created with an organization's name joins it, or creates it. Renaming an organization
 * renames it in its assessments; one that holds assessments is not deleted.
 */
@ApplicationScoped
@Transactional
public class Organizations {

    private final OrganizationRepository repository;
    private final AssessmentRepository assessments;
    private final AuditTrail audit;
    private final Tenants tenants;
    private final Clock clock;
    private final QuestionnaireCatalog catalog;
    private final Standings standings;

    public Organizations(
            OrganizationRepository repository,
            AssessmentRepository assessments,
            AuditTrail audit,
            Tenants tenants,
            Clock clock,
            QuestionnaireCatalog catalog,
            Standings standings) {
        this.tenants = tenants;
        this.standings = standings;
        this.catalog = catalog;
        this.repository = repository;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    public OrganizationView create(Caller caller, Organization request) throws OrganizationExistsException {
        lockTenant(caller.tenantId());
        if (repository.named(caller.tenantId(), request.name()).isPresent()) {
            throw new OrganizationExistsException(request.name());
        }
        OrganizationEntity created = insert(caller.tenantId(), request);
        audit.record(caller, AuditAction.ORGANIZATION_CREATED, created.id);
        return view(created);
    }

    /**
     * The tenant's organization of that name, ignoring case, or a new one: what an assessment
     * created with an organization's name belongs to. A new name is created under the tenant's
     * lock, so that two requests for one new name make one organization.
     */
    OrganizationEntity findOrCreate(Caller caller, Organization organization) {
        return repository.named(caller.tenantId(), organization.name()).orElseGet(() -> {
            lockTenant(caller.tenantId());
            return repository.named(caller.tenantId(), organization.name()).orElseGet(() -> {
                OrganizationEntity created = insert(caller.tenantId(), organization);
                audit.record(caller, AuditAction.ORGANIZATION_CREATED, created.id);
                return created;
            });
        });
    }

    @Transactional(TxType.SUPPORTS)
    public OrganizationPage list(Caller caller, String name, int page, int size) {
        return new OrganizationPage(
                repository.page(caller.tenantId(), name, page, size).stream()
                        .map(Organizations::view)
                        .toList(),
                page,
                size,
                repository.count(caller.tenantId(), name));
    }

    @Transactional(TxType.SUPPORTS)
    public OrganizationView get(Caller caller, UUID id) throws OrganizationNotFoundException {
        return view(require(caller, id));
    }

    /** The caller's organization of that id, if any. */
    Optional<OrganizationEntity> find(Caller caller, UUID id) {
        return repository.find(caller.tenantId(), id);
    }

    /** The caller's organization, or not found. */
    OrganizationEntity require(Caller caller, UUID id) {
        return repository.find(caller.tenantId(), id).orElseThrow(() -> new OrganizationNotFoundException(id));
    }

    public OrganizationView change(Caller caller, UUID id, OrganizationChange change, Precondition precondition)
            throws OrganizationNotFoundException, OrganizationExistsException, VersionMismatchException {
        Map<String, Target> targets = change.targets() == null ? null : checked(change.targets());
        OrganizationEntity organization =
                repository.lock(caller.tenantId(), id).orElseThrow(() -> new OrganizationNotFoundException(id));
        if (!precondition.matches(organization.version)) {
            throw new VersionMismatchException(organization.version);
        }
        if (targets != null) {
            organization.targets = targets.isEmpty() ? null : targets;
        }
        if (change.name() != null && !change.name().equals(organization.name)) {
            String key = OrganizationRepository.nameKey(change.name());
            if (!key.equals(organization.nameKey)) {
                lockTenant(caller.tenantId());
                if (repository.named(caller.tenantId(), change.name()).isPresent()) {
                    throw new OrganizationExistsException(change.name());
                }
            }
            organization.name = change.name();
            organization.nameKey = key;
            assessments.rename(organization.id, change.name());
        }
        if (change.industry() != null) {
            organization.industry = change.industry().isBlank() ? null : change.industry();
        }
        if (change.size() != null) {
            organization.size = change.size().isBlank() ? null : change.size();
        }
        organization.updatedAt = now();
        repository.flush();
        audit.record(caller, AuditAction.ORGANIZATION_CHANGED, id);
        return view(organization);
    }

    public void delete(Caller caller, UUID id, Precondition precondition)
            throws OrganizationNotFoundException, OrganizationInUseException, VersionMismatchException {
        OrganizationEntity organization =
                repository.lock(caller.tenantId(), id).orElseThrow(() -> new OrganizationNotFoundException(id));
        if (!precondition.matches(organization.version)) {
            throw new VersionMismatchException(organization.version);
        }
        long held = assessments.countOf(id);
        if (held > 0) {
            throw new OrganizationInUseException(id, held);
        }
        repository.delete(organization);
        audit.record(caller, AuditAction.ORGANIZATION_DELETED, id);
    }

    /** The word that names the overall index among targets, beside the dimensions' ids. */
    public static final String OVERALL = "overall";

    /**
     * Targets checked against the current questionnaire: each for {@value #OVERALL} or one of its
     * dimensions, a band of it or an index from 0 to 100, one of the two.
     *
     * @throws InvalidInputException naming every bad target, as {@code targets.<scope>}
     */
    private Map<String, Target> checked(Map<String, Target> targets) {
        ScoringEngine current = catalog.current();
        List<String> scopes = new ArrayList<>(List.of(OVERALL));
        current.questionnaire().dimensions().forEach(dimension -> scopes.add(dimension.id()));
        List<FieldError> errors = new ArrayList<>();
        targets.forEach((scope, target) -> {
            String field = "targets." + (scope.length() <= 60 ? scope : scope.substring(0, 60) + "…");
            if (!scopes.contains(scope)) {
                errors.add(new FieldError(
                        field,
                        "is not one of " + scopes + " (questionnaire "
                                + current.questionnaire().version() + ")"));
            } else if (target == null || (target.band() == null) == (target.index() == null)) {
                errors.add(new FieldError(field, "must hold a band or an index, one of the two"));
            } else if (target.index() != null && !(target.index() >= 0 && target.index() <= 100)) {
                errors.add(new FieldError(field + ".index", "must be from 0 to 100"));
            } else if (target.band() != null
                    && current.questionnaire().bands().stream().noneMatch(band -> band.id() == target.band())) {
                errors.add(new FieldError(
                        field + ".band",
                        "is not a band of " + current.questionnaire().version()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LinkedHashMap<>(targets);
    }

    private OrganizationEntity insert(UUID tenantId, Organization request) {
        Instant now = now();
        OrganizationEntity organization = new OrganizationEntity();
        organization.tenantId = tenantId;
        organization.name = request.name();
        organization.nameKey = OrganizationRepository.nameKey(request.name());
        organization.industry = blankAsNull(request.industry());
        organization.size = blankAsNull(request.size());
        organization.createdAt = now;
        organization.updatedAt = now;
        repository.persist(organization);
        standings.created(organization.id, tenantId);
        return organization;
    }

    /** Serializes the creation of new names within the tenant (not the use of existing ones). */
    private void lockTenant(UUID tenantId) {
        tenants.lock(tenantId);
    }

    static OrganizationView view(OrganizationEntity organization) {
        return new OrganizationView(
                organization.id,
                organization.name,
                organization.industry,
                organization.size,
                organization.targets == null ? Map.of() : organization.targets,
                organization.createdAt,
                organization.updatedAt,
                organization.version);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
