package io.airisk.assessment.service;

import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.AssessmentTally;
import io.airisk.common.error.ProblemException;
import io.airisk.common.error.ProblemType;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.scoring.engine.Answer;
import io.airisk.scoring.engine.FieldError;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoringEngine;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of an assessment: a draft is created, its answers are patched, it is submitted once
 * (scored against its pinned questionnaire version, result stored) and may be deleted. Every
 * method is one transaction: a rejected request changes nothing.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final AssessmentRepository repository;
    private final AssessmentTally tally;
    private final QuestionnaireCatalog catalog;
    private final JsonColumns json;
    private final Clock clock;

    public AssessmentService(
            AssessmentRepository repository,
            AssessmentTally tally,
            QuestionnaireCatalog catalog,
            JsonColumns json,
            Clock clock) {
        this.repository = repository;
        this.tally = tally;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    public AssessmentView create(CreateAssessmentRequest request) {
        ScoringEngine engine = catalog.require(request.questionnaireVersion());
        Map<String, Answer> answers = request.answers() == null ? Map.of() : engine.parse(request.answers());
        Organization organization = request.organization();
        Instant now = now();
        AssessmentEntity entity = new AssessmentEntity();
        entity.organizationName = organization.name();
        entity.organizationKey = AssessmentRepository.organizationKey(organization.name());
        entity.organizationIndustry = organization.industry();
        entity.organizationSize = organization.size();
        entity.questionnaireVersion = engine.questionnaire().version();
        entity.status = AssessmentStatus.DRAFT;
        entity.answers = json.writeAnswers(answers);
        entity.createdAt = now;
        entity.updatedAt = now;
        repository.insert(entity);
        tally.added(entity.status);
        return view(entity);
    }

    /**
     * One assessment, read with a single query and no Hibernate session or transaction: a read is
     * the most frequent request, and loading a managed entity took about a third of its time.
     */
    public Optional<AssessmentView> find(UUID id) {
        return repository.read(id).map(this::view);
    }

    /**
     * A page of assessments and how many match. Without an organization the total is the tally's,
     * which costs the same however many assessments exist; an organization's few are counted.
     */
    @Transactional(TxType.SUPPORTS)
    public AssessmentPage list(String organization, AssessmentStatus status, int page, int size) {
        PanacheQuery<AssessmentEntity> query =
                repository.search(organization, status).page(page, size);
        List<AssessmentView> items = query.list().stream().map(this::view).toList();
        long total = organization == null ? tally.total(status) : query.count();
        return new AssessmentPage(items, page, size, total);
    }

    /**
     * Merges answer changes into a draft; a {@code null} value removes that answer. Concurrent
     * changes to one draft are applied one after the other, each to the answers the previous one
     * left, so that none is lost.
     *
     * @throws ProblemException 404 for an unknown id, 412 when the precondition fails, 409 once
     *     submitted, 400 for invalid answers
     */
    public AssessmentView patchAnswers(UUID id, Map<String, ?> changes, Precondition precondition) {
        AssessmentEntity entity = draft(id, precondition);
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        Map<String, Answer> merged = engine.merge(storedAnswers(engine, entity), changes);
        entity.answers = json.writeAnswers(merged);
        entity.updatedAt = now();
        repository.flush();
        return view(entity);
    }

    /**
     * Scores a complete draft against its pinned version and stores the result; answers to
     * questions that other answers hide are dropped.
     *
     * @throws ProblemException 404 for an unknown id, 412 when the precondition fails, 409 once
     *     submitted, 422 naming each missing required question
     */
    public AssessmentView submit(UUID id, Precondition precondition) {
        AssessmentEntity entity = draft(id, precondition);
        ScoringEngine engine = catalog.require(entity.questionnaireVersion);
        Map<String, Answer> answers = storedAnswers(engine, entity);
        List<String> missing = engine.missingRequired(answers);
        if (!missing.isEmpty()) {
            List<FieldError> errors =
                    missing.stream().map(q -> new FieldError(q, "is required")).toList();
            throw new ProblemException(
                    ProblemType.INCOMPLETE,
                    missing.size() + " required question(s) unanswered: " + String.join(", ", missing),
                    errors);
        }
        Map<String, Answer> visible = engine.withoutHidden(answers);
        ScoreResult result = engine.score(visible);
        Instant now = now();
        entity.answers = json.writeAnswers(visible);
        entity.result = json.writeResult(result);
        entity.status = AssessmentStatus.SUBMITTED;
        entity.submittedAt = now;
        entity.updatedAt = now;
        repository.flush();
        tally.moved(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED);
        return view(entity);
    }

    /**
     * Deletes a draft or submitted assessment.
     *
     * @throws ProblemException 404 for an unknown id, 412 when the precondition fails
     */
    public void delete(UUID id, Precondition precondition) {
        AssessmentEntity entity = locked(id, precondition);
        repository.delete(entity);
        tally.removed(entity.status);
    }

    /**
     * The assessment, locked until the transaction ends: concurrent writers to one assessment,
     * on this instance or another, queue here instead of overwriting each other.
     */
    private AssessmentEntity locked(UUID id, Precondition precondition) {
        AssessmentEntity entity =
                repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (!precondition.matches(entity.version)) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match does not match the assessment's current version " + entity.version + "; read it again");
        }
        return entity;
    }

    private AssessmentEntity draft(UUID id, Precondition precondition) {
        AssessmentEntity entity = locked(id, precondition);
        if (entity.status != AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("Assessment " + id + " is " + entity.status + " and can no longer change");
        }
        return entity;
    }

    public static ProblemException notFound(Object id) {
        return ProblemException.notFound("No assessment with id " + id);
    }

    private Map<String, Answer> storedAnswers(ScoringEngine engine, AssessmentEntity entity) {
        return engine.parse(json.readAnswers(entity.answers));
    }

    private AssessmentView view(AssessmentEntity entity) {
        return new AssessmentView(
                entity.id,
                new Organization(entity.organizationName, entity.organizationIndustry, entity.organizationSize),
                entity.questionnaireVersion,
                entity.status,
                entity.answers,
                entity.createdAt,
                entity.updatedAt,
                entity.submittedAt,
                entity.result,
                entity.version);
    }

    /** Microseconds: the precision both H2 and PostgreSQL keep, so a re-read equals what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
