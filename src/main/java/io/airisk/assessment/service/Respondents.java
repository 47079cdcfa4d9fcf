package io.airisk.assessment.service;

import io.airisk.access.Caller;
import io.airisk.access.service.AuditAction;
import io.airisk.access.service.AuditTrail;
import io.airisk.access.service.IssuedToken;
import io.airisk.assessment.repository.AnswerGivenEntity;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.common.error.InvalidInputException;
import io.airisk.engine.Answer;
import io.airisk.engine.Question;
import io.airisk.engine.Respondent;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.scoring.service.ScoringMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Several respondents on one draft: how far each role has come, where they disagree, the
 * coordinator's choices, notes on answers, and a preview score that counts the disagreements as
 * uncertain. Changes lock the assessment, as every change to it does.
 */
@ApplicationScoped
@Transactional
public class Respondents {

    private final AssessmentRepository assessments;
    private final AnswerLedger ledger;
    private final QuestionnaireCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    public Respondents(
            AssessmentRepository assessments,
            AnswerLedger ledger,
            QuestionnaireCatalog catalog,
            AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.ledger = ledger;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Per role, its visible, answered and unknown questions; for a key, also each respondent token
     * with a role and the disagreements. A token sees the roles' counts only.
     */
    @Transactional(TxType.SUPPORTS)
    public Progress progress(Caller caller, UUID id) throws AssessmentNotFoundException {
        AssessmentEntity assessment = read(caller, id);
        ScoringEngine engine = catalog.require(assessment.questionnaireVersion);
        Map<String, Answer> counted = engine.parse(assessment.answers);
        Set<String> visible = new HashSet<>(engine.visibleQuestions(counted));
        List<Progress.RoleProgress> roles = new ArrayList<>();
        for (Respondent role : Respondent.values()) {
            int shown = 0;
            int answered = 0;
            int unknown = 0;
            for (Question question : engine.questionnaire().questions()) {
                if (question.respondent() == role && visible.contains(question.id())) {
                    shown++;
                    Answer answer = counted.get(question.id());
                    answered += answer == null ? 0 : 1;
                    unknown += answer instanceof Answer.Unknown ? 1 : 0;
                }
            }
            roles.add(new Progress.RoleProgress(role, shown, answered, unknown));
        }
        List<AnswerNote> notes = notes(id);
        if (caller.kind() != null) {
            List<AnswerNote> own = notes.stream()
                    .filter(note -> !note.resolution()
                            && (caller.coordinates()
                                    ? note.role() == null
                                    : caller.credentialId().equals(note.respondentId())))
                    .toList();
            return new Progress(caller.role(), roles, List.of(), List.of(), own);
        }
        Map<UUID, IssuedToken> tokens = ledger.tokensOf(assessment.id);
        return new Progress(
                null,
                roles,
                respondents(assessment, visible, tokens),
                ledger.disagreements(assessment, engine, counted, tokens),
                notes);
    }

    /** The coordinator's choice on a question in dispute, with an optional note; audited. */
    public Progress resolve(Caller caller, UUID id, String questionId, Resolve choice, Precondition precondition)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, VersionMismatchException,
                    NoDisagreementException {
        var problems = Notes.problems(java.util.Collections.singletonMap("note", choice.note()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AssessmentEntity assessment = draft(caller, id, precondition);
        ScoringEngine engine = catalog.require(assessment.questionnaireVersion);
        if (engine.questionnaire().question(questionId) == null) {
            throw new InvalidInputException(
                    "questionId", "is not a question of questionnaire " + assessment.questionnaireVersion);
        }
        Map<String, Answer> after = ledger.resolve(
                caller, assessment, engine, questionId, choice.answer(), blankless(choice.note()), now());
        changed(assessment, after);
        audit.record(caller, AuditAction.DISAGREEMENT_RESOLVED, id);
        return progress(caller, id);
    }

    /** Sets ({@code null}: removes) the caller's notes on its answers of a draft, by question id. */
    public void note(Caller caller, UUID id, Map<String, ?> notes, Precondition precondition)
            throws AssessmentNotFoundException, AssessmentReadOnlyException, VersionMismatchException {
        var problems = Notes.problems(notes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AssessmentEntity assessment = draft(caller, id, precondition);
        ScoringEngine engine = catalog.require(assessment.questionnaireVersion);
        List<String> unknownIds = notes.keySet().stream()
                .filter(questionId -> engine.questionnaire().question(questionId) == null)
                .toList();
        if (!unknownIds.isEmpty()) {
            throw new InvalidInputException(unknownIds.stream()
                    .map(questionId -> new io.airisk.common.error.FieldError(
                            questionId, "is not a question of questionnaire " + assessment.questionnaireVersion))
                    .toList());
        }
        ledger.note(caller, assessment, engine, notes, now());
        assessment.updatedAt = now();
        assessments.flush();
        audit.record(caller, AuditAction.ASSESSMENT_ANSWERED, id);
    }

    /**
     * A draft's answers scored as they stand, stored nowhere: the answers that count, with the
     * range also covering every answer given to a question in dispute.
     */
    @Transactional(TxType.SUPPORTS)
    public ScoreResult preview(Caller caller, UUID id) throws AssessmentNotFoundException {
        AssessmentEntity assessment = read(caller, id);
        ScoringEngine engine = catalog.require(assessment.questionnaireVersion);
        Map<String, Answer> counted = engine.parse(assessment.answers);
        Map<String, List<Answer>> disputed = ledger.disputed(assessment.id, engine);
        return ScoringMetrics.timed("preview", assessment.questionnaireVersion, () -> engine.score(counted, disputed));
    }

    /**
     * The notes on an assessment's answers and on the coordinator's choices, in question order, for
     * its report; the caller has read the assessment.
     */
    @Transactional(TxType.SUPPORTS)
    public List<AnswerNote> notes(UUID assessmentId) {
        return ledger.notes(List.of(assessmentId)).getOrDefault(assessmentId, List.of());
    }

    /** The names of an assessment's respondent tokens, by id, for its report. */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, String> names(UUID assessmentId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        ledger.tokensOf(assessmentId).values().stream()
                .filter(token -> token.name() != null)
                .forEach(token -> names.put(token.id(), token.name()));
        return names;
    }

    /** The tokens with a role, each with its answers to the questions shown and when it last answered. */
    private List<Progress.RespondentProgress> respondents(
            AssessmentEntity assessment, Set<String> visible, Map<UUID, IssuedToken> tokens) {
        Map<UUID, List<AnswerGivenEntity>> answers = ledger.byRespondent(assessment.id);
        Instant now = now();
        List<Progress.RespondentProgress> found = new ArrayList<>();
        for (IssuedToken token : tokens.values()) {
            List<AnswerGivenEntity> own = answers.getOrDefault(token.id(), List.of()).stream()
                    .filter(row -> visible.contains(row.questionId))
                    .toList();
            boolean revoked = token.endedAt(now);
            if (revoked && own.isEmpty()) {
                continue;
            }
            Instant last = own.stream()
                    .map(row -> row.answeredAt)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            found.add(new Progress.RespondentProgress(
                    token.id(), token.role(), token.name(), token.email(), own.size(), last, revoked));
        }
        found.sort(
                Comparator.comparing(Progress.RespondentProgress::role).thenComparing(Progress.RespondentProgress::id));
        return found;
    }

    private void changed(AssessmentEntity assessment, Map<String, Answer> answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        answers.forEach((questionId, answer) -> values.put(questionId, answer.toJson()));
        assessment.answers = values;
        assessment.updatedAt = now();
        assessments.flush();
    }

    private AssessmentEntity read(Caller caller, UUID id) {
        return AssessmentService.readFor(assessments, caller, id)
                .orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    private AssessmentEntity draft(Caller caller, UUID id, Precondition precondition) {
        return AssessmentService.draftFor(assessments, caller, id, precondition);
    }

    private static String blankless(String note) {
        return note == null || note.isBlank() ? null : note;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
