package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.access.TokenKind;
import io.airisk.access.service.AccessTokens;
import io.airisk.access.service.AuditAction;
import io.airisk.access.service.AuditTrail;
import io.airisk.access.service.Tenants;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.repository.AssessmentColumns;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.AssessmentTally;
import io.airisk.assessment.repository.OrganizationEntity;
import io.airisk.common.error.InvalidInputException;
import io.airisk.engine.Answer;
import io.airisk.engine.InvalidAnswersException;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.VersionMove;
import io.airisk.idempotency.Idempotency;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import io.airisk.scoring.service.ScoringMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of an assessment: a draft is created, its answers are patched, it is submitted once
 * (scored against its pinned questionnaire version, result stored) and may be deleted. Every
 * change is one transaction, recorded in the audit trail: a rejected request changes nothing.
 * Reads need none. Every method acts for a {@link Caller}: an assessment of another tenant, or
 * outside a token's one assessment, is not found.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final AssessmentRepository repository;
    private final AssessmentTally tally;
    private final QuestionnaireCatalog catalog;
    private final Idempotency idempotency;
    private final AuditTrail audit;
    private final Organizations organizations;
    private final Standings standings;
    private final Event<RespondentFinished> respondentFinished;
    private final AnswerLedger ledger;
    private final Tenants tenants;
    private final AccessTokens tokens;
    private final Clock clock;

    public AssessmentService(
            AssessmentRepository repository,
            AssessmentTally tally,
            QuestionnaireCatalog catalog,
            Idempotency idempotency,
            AuditTrail audit,
            Organizations organizations,
            Standings standings,
            Event<RespondentFinished> respondentFinished,
            AnswerLedger ledger,
            Tenants tenants,
            AccessTokens tokens,
            Clock clock) {
        this.tokens = tokens;
        this.respondentFinished = respondentFinished;
        this.ledger = ledger;
        this.tenants = tenants;
        this.organizations = organizations;
        this.standings = standings;
        this.repository = repository;
        this.tally = tally;
        this.catalog = catalog;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A draft for an organization of the tenant, given by its id, or by its name (ignoring case),
     * which is created when the tenant has none.
     *
     * @throws InvalidInputException when neither or both are given, or the id is not the tenant's
     */
    public AssessmentView create(Caller caller, CreateAssessmentRequest request)
            throws UnknownQuestionnaireVersionException, InvalidAnswersException, InvalidInputException {
        if (request.organization() == null && request.organizationId() == null) {
            throw new InvalidInputException("organization", "must not be null: give organization, or organizationId");
        }
        if (request.organization() != null && request.organizationId() != null) {
            throw new InvalidInputException("organizationId", "give organization or organizationId, not both");
        }
        ScoringEngine engine = catalog.require(request.questionnaireVersion());
        Map<String, Answer> answers = request.answers() == null ? Map.of() : engine.parse(request.answers());
        if (request.organizationId() != null) {
            OrganizationEntity owner = organizations
                    .find(caller, request.organizationId())
                    .orElseThrow(
                            () -> new InvalidInputException("organizationId", "is no organization of this tenant"));
            return view(insertDraft(
                    caller, owner, new Organization(owner.name, owner.industry, owner.size), engine, answers));
        }
        Organization organization = request.organization();
        OrganizationEntity owner = organizations.findOrCreate(caller, organization);
        return view(insertDraft(caller, owner, organization, engine, answers));
    }

    /** A new draft of the organization, on that version, with those answers. */
    AssessmentEntity insertDraft(
            Caller caller,
            OrganizationEntity owner,
            Organization organization,
            ScoringEngine engine,
            Map<String, Answer> answers) {
        Instant now = now();
        AssessmentEntity entity = new AssessmentEntity();
        entity.tenantId = caller.tenantId();
        entity.organizationId = owner.id;
        entity.organizationName = owner.name;
        entity.organizationKey = AssessmentRepository.organizationKey(owner.name);
        entity.organizationIndustry = organization.industry() == null ? owner.industry : organization.industry();
        entity.organizationSize = organization.size() == null ? owner.size : organization.size();
        entity.questionnaireVersion = engine.questionnaire().version();
        entity.status = AssessmentStatus.DRAFT;
        entity.answers = asSent(answers);
        entity.createdAt = now;
        entity.updatedAt = now;
        repository.persist(entity);
        tally.added(entity.tenantId, entity.status);
        audit.record(caller, AuditAction.ASSESSMENT_CREATED, entity.id);
        AssessmentMetrics.created(entity.questionnaireVersion);
        return entity;
    }

    /**
     * One assessment, read outside any transaction. A token with a role sees its own answers and
     * those that decide which of its questions are shown, never the result: it would tell the other
     * roles' answers.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<AssessmentView> find(Caller caller, UUID id) {
        return readFor(repository, caller, id)
                .map(entity -> caller.coordinates() ? view(entity) : seenBy(caller, entity));
    }

    private AssessmentView seenBy(Caller caller, AssessmentEntity entity) {
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        return view(entity, ledger.seenBy(caller, entity.id, engine, entity.answers));
    }

    /**
     * One assessment as it is stored, to be shown as it is, read outside any transaction: its
     * answers and result are not parsed and written again. For the coordinator's callers: a token
     * with a role reads {@link #find}.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<StoredAssessmentView> show(Caller caller, UUID id) {
        if (!caller.reaches(id)) {
            return Optional.empty();
        }
        return repository.readStored(caller.tenantId(), id).map(StoredAssessmentView::of);
    }

    /**
     * A page of assessments and how many match. Without an organization the total is the tally's,
     * which costs the same however many assessments exist; an organization's few are counted.
     */
    @Transactional(TxType.SUPPORTS)
    public AssessmentPage list(Caller caller, String organization, AssessmentStatus status, int page, int size) {
        List<AssessmentView> items = repository.page(caller.tenantId(), organization, status, page, size).stream()
                .map(this::view)
                .toList();
        long total = organization == null
                ? tally.total(caller.tenantId(), status)
                : repository.count(caller.tenantId(), organization, status);
        return new AssessmentPage(items, page, size, total);
    }

    /**
     * Merges answer changes into a draft; a {@code null} value removes that answer. Concurrent
     * changes to one draft are applied one after the other, each to the answers the previous one
     * left, so that none is lost. Who gave each answer is recorded ({@link AnswerLedger}): a token
     * with a role answers its role's questions only, beside the other tokens of its role.
     */
    public AssessmentView patchAnswers(Caller caller, UUID id, Map<String, ?> changes, Precondition precondition)
            throws AssessmentNotFoundException, VersionMismatchException, AssessmentReadOnlyException,
                    InvalidAnswersException {
        AssessmentEntity entity = draft(caller, id, precondition);
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        Map<String, Answer> before = engine.parse(entity.answers);
        Instant now = now();
        AnswerLedger.Applied applied = ledger.apply(caller, entity, engine, changes, now);
        Map<String, Answer> after = applied.answers();
        entity.answers = asSent(after);
        entity.updatedAt = now;
        repository.flush();
        audit.record(caller, AuditAction.ASSESSMENT_ANSWERED, id);
        boolean finished = caller.coordinates()
                ? !engine.missingRequired(before).isEmpty()
                        && engine.missingRequired(after).isEmpty()
                : applied.finished();
        if (caller.kind() == TokenKind.RESPONDENT && finished && tokens.finished(caller.credentialId(), now)) {
            respondentFinished.fire(new RespondentFinished(caller.tenantId(), id, caller.credentialId()));
        }
        return caller.coordinates() ? view(entity) : seenBy(caller, entity);
    }

    /**
     * Scores a complete draft against its pinned version and stores the result; answers to
     * questions that other answers hide are dropped. Where the tenant requires a review, the
     * assessment then waits IN_REVIEW for {@link #approve}.
     *
     * @throws NotAllowedException for a token with a role, which answers but does not submit
     * @throws OpenDisagreementsException while respondents disagree on a visible question
     */
    public AssessmentView submit(Caller caller, UUID id, Precondition precondition)
            throws AssessmentNotFoundException, VersionMismatchException, AssessmentReadOnlyException,
                    IncompleteAssessmentException, OpenDisagreementsException {
        if (!caller.coordinates()) {
            throw new NotAllowedException(
                    "a token that answers for a role does not submit: the coordinator does, once every role has answered");
        }
        AssessmentEntity entity = draft(caller, id, precondition);
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        Map<String, Answer> answers = engine.parse(entity.answers);
        List<String> missing = engine.missingRequired(answers);
        if (!missing.isEmpty()) {
            throw new IncompleteAssessmentException(missing);
        }
        List<Disagreement> open = ledger.disagreements(entity, engine, answers, ledger.tokensOf(id)).stream()
                .filter(Disagreement::open)
                .toList();
        if (!open.isEmpty()) {
            throw new OpenDisagreementsException(open);
        }
        Map<String, Answer> visible = engine.withoutHidden(answers);
        ScoreResult result = ScoringMetrics.timed("submit", entity.questionnaireVersion, () -> engine.score(visible));
        Instant now = now();
        entity.answers = asSent(visible);
        entity.result = result;
        entity.status =
                tenants.reviewRequired(caller.tenantId()) ? AssessmentStatus.IN_REVIEW : AssessmentStatus.SUBMITTED;
        entity.submittedAt = now;
        entity.submittedBy = caller.actor();
        entity.updatedAt = now;
        repository.flush();
        if (entity.status == AssessmentStatus.SUBMITTED) {
            standings.refresh(entity.organizationId);
        }
        tally.moved(entity.tenantId, AssessmentStatus.DRAFT, entity.status);
        audit.record(caller, AuditAction.ASSESSMENT_SUBMITTED, id);
        AssessmentMetrics.submitted(entity.questionnaireVersion, result.band().name());
        return view(entity);
    }

    /**
     * Approves an assessment that waits for review: its result then counts in the portfolio, peers
     * and trends. The approver is another key than the one that submitted it.
     *
     * @throws AssessmentNotInReviewException when it does not wait for a review
     * @throws NotAllowedException when the key that submitted it, or minted the token that did, approves it
     */
    public AssessmentView approve(Caller caller, UUID id, Precondition precondition)
            throws AssessmentNotFoundException, VersionMismatchException, AssessmentNotInReviewException {
        AssessmentEntity entity = locked(caller, id, precondition);
        if (entity.status != AssessmentStatus.IN_REVIEW) {
            throw new AssessmentNotInReviewException(id, entity.status);
        }
        if (submittedBy(entity).contains(caller.actor())) {
            throw new NotAllowedException(
                    "the key that submitted an assessment, or minted the token that did, does not approve it: a second one does");
        }
        Instant now = now();
        entity.status = AssessmentStatus.SUBMITTED;
        entity.approvedBy = caller.actor();
        entity.approvedAt = now;
        entity.updatedAt = now;
        repository.flush();
        standings.refresh(entity.organizationId);
        tally.moved(entity.tenantId, AssessmentStatus.IN_REVIEW, AssessmentStatus.SUBMITTED);
        audit.record(caller, AuditAction.ASSESSMENT_APPROVED, id);
        return view(entity);
    }

    /** Who submitted the assessment: the key, or the token and the key that minted it. */
    private List<String> submittedBy(AssessmentEntity entity) {
        if (entity.submittedBy == null) {
            return List.of();
        }
        return tokens.mintedBy(entity.id, entity.submittedBy)
                .map(minter -> List.of(entity.submittedBy, minter))
                .orElse(List.of(entity.submittedBy));
    }

    /**
     * Moves a draft to the current questionnaire version along the migration that version
     * declares: mapped answers are carried, answers that the new version's other answers hide are
     * dropped, and what is left to answer is listed. A draft already on the current version is
     * returned unchanged.
     */
    public UpgradeView upgrade(Caller caller, UUID id, Precondition precondition)
            throws AssessmentNotFoundException, VersionMismatchException, AssessmentReadOnlyException,
                    NoMigrationException {
        AssessmentEntity entity = draft(caller, id, precondition);
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        ScoringEngine current = catalog.current();
        String from = entity.questionnaireVersion;
        String to = current.questionnaire().version();
        Map<String, Answer> answers = engine.parse(entity.answers);
        if (from.equals(to)) {
            List<String> answered = List.copyOf(engine.withoutHidden(answers).keySet());
            return new UpgradeView(view(entity), from, to, answered, List.of(), engine.missingRequired(answers));
        }
        VersionMove move = catalog.move(from, to).orElseThrow(() -> new NoMigrationException(from, to));
        VersionMove.Moved moved = move.move(answers);
        entity.questionnaireVersion = to;
        entity.answers = asSent(moved.answers());
        ledger.forget(id);
        entity.updatedAt = now();
        repository.flush();
        audit.record(caller, AuditAction.ASSESSMENT_UPGRADED, id);
        return new UpgradeView(view(entity), from, to, moved.carried(), moved.unmapped(), moved.toAnswer());
    }

    /**
     * A submitted assessment's answers scored, mapped, under another version, with the difference
     * explained to the cent; read outside any transaction.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<VersionMove.Comparison> compare(Caller caller, UUID id, String version)
            throws UnknownQuestionnaireVersionException, AssessmentNotSubmittedException, NoMigrationException {
        if (!caller.coordinates()) {
            throw new NotAllowedException("a token that answers for a role does not see the result");
        }
        Optional<AssessmentEntity> found = readFor(repository, caller, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ScoringEngine target = catalog.require(version);
        AssessmentEntity entity = found.get();
        if (entity.status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentNotSubmittedException(id, "a comparison explains a submitted result");
        }
        String from = entity.questionnaireVersion;
        VersionMove move = catalog.move(from, target.questionnaire().version())
                .orElseThrow(() -> new NoMigrationException(from, version));
        ScoringEngine engine = catalog.require(from);
        return Optional.of(ScoringMetrics.timed("compare", version, () -> move.compare(engine.parse(entity.answers))));
    }

    /** Deletes a draft or submitted assessment, and the responses kept for retries of its requests. */
    public void delete(Caller caller, UUID id, Precondition precondition)
            throws AssessmentNotFoundException, VersionMismatchException {
        AssessmentEntity entity = locked(caller, id, precondition);
        repository.delete(entity);
        if (entity.status == AssessmentStatus.SUBMITTED) {
            standings.refresh(entity.organizationId);
        }
        tally.removed(entity.tenantId, entity.status);
        idempotency.forget(id);
        audit.record(caller, AuditAction.ASSESSMENT_DELETED, id);
    }

    /**
     * The assessment, locked until the transaction ends: concurrent writers to one assessment,
     * on this instance or another, queue here instead of overwriting each other.
     */
    private AssessmentEntity locked(Caller caller, UUID id, Precondition precondition) {
        return lockFor(repository, caller, id, precondition);
    }

    /** The caller's assessment, locked until the transaction ends, at the version the precondition names. */
    static AssessmentEntity lockFor(
            AssessmentRepository repository, Caller caller, UUID id, Precondition precondition) {
        AssessmentEntity entity = lockFor(repository, caller, id);
        if (!precondition.matches(entity.version)) {
            throw new VersionMismatchException(entity.version);
        }
        return entity;
    }

    /** The caller's assessment, read outside any transaction; empty when the caller may not reach it. */
    static Optional<AssessmentEntity> readFor(AssessmentRepository repository, Caller caller, UUID id) {
        return caller.reaches(id) ? repository.read(caller.tenantId(), id) : Optional.empty();
    }

    /** The caller's assessment, locked until the transaction ends; not found when the caller may not reach it. */
    static AssessmentEntity lockFor(AssessmentRepository repository, Caller caller, UUID id) {
        return (caller.reaches(id) ? repository.lock(caller.tenantId(), id) : Optional.<AssessmentEntity>empty())
                .orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    private AssessmentEntity draft(Caller caller, UUID id, Precondition precondition) {
        return draftFor(repository, caller, id, precondition);
    }

    /** The caller's draft, locked until the transaction ends, at the version the precondition names. */
    static AssessmentEntity draftFor(
            AssessmentRepository repository, Caller caller, UUID id, Precondition precondition) {
        AssessmentEntity entity = lockFor(repository, caller, id, precondition);
        if (entity.status != AssessmentStatus.DRAFT) {
            throw new AssessmentReadOnlyException(id);
        }
        return entity;
    }

    /** The answers as clients send them, in their order: what is stored and shown. */
    private static Map<String, Object> asSent(Map<String, Answer> answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        answers.forEach((questionId, answer) -> values.put(questionId, answer.toJson()));
        return values;
    }

    AssessmentView view(AssessmentEntity entity) {
        return view(entity, entity.answers);
    }

    /** The assessment with these of its answers; without its result unless they are all of them. */
    private AssessmentView view(AssessmentEntity entity, Map<String, Object> answers) {
        return new AssessmentView(
                entity.id,
                organization(entity),
                entity.organizationId,
                entity.questionnaireVersion,
                entity.status,
                answers,
                entity.createdAt,
                entity.updatedAt,
                entity.submittedAt,
                entity.submittedBy,
                entity.approvedBy,
                entity.approvedAt,
                answers == entity.answers ? entity.result : null,
                entity.version);
    }

    private static Organization organization(AssessmentColumns row) {
        return new Organization(row.organizationName, row.organizationIndustry, row.organizationSize);
    }

    /** Microseconds: the precision both H2 and PostgreSQL keep, so a re-read equals what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
