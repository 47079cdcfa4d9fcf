package io.airisk.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.access.Caller;
import io.airisk.access.service.AccessTokens;
import io.airisk.access.service.IssuedToken;
import io.airisk.assessment.repository.AnswerGivenEntity;
import io.airisk.assessment.repository.AnswerGivenRepository;
import io.airisk.assessment.repository.AnswerResolutionEntity;
import io.airisk.assessment.repository.AssessmentEntity;
import io.airisk.common.error.FieldError;
import io.airisk.engine.Answer;
import io.airisk.engine.Question;
import io.airisk.engine.Respondent;
import io.airisk.engine.ScoringEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who gave which answer to a draft, and which answer counts.
 *
 * <p>A respondent token with a role keeps its own answers to its role's questions. Where the
 * tokens of a role answer a question alike, that answer counts; where they differ, the question
 * is in dispute and the riskiest of their answers counts until the coordinator chooses one. The
 * coordinator (a key, or a token without a role) answers any question, as before: its answer
 * counts until a respondent answers that question, and over the respondents' answers it is the
 * coordinator's choice. A respondent who changes an answer reopens the question.
 *
 * <p>The assessment's {@code answers} column holds the answers that count, so that scoring,
 * submission and every reader see one set of answers, as before; these rows say where they came
 * from. Every change runs in the caller's transaction, on the locked assessment; reads need none.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AnswerLedger {

    private final AnswerGivenRepository given;
    private final AccessTokens tokens;
    private final ObjectMapper json;

    public AnswerLedger(AnswerGivenRepository given, AccessTokens tokens, ObjectMapper json) {
        this.given = given;
        this.tokens = tokens;
        this.json = json;
    }

    /**
     * The answers of an assessment that count after the caller's changes ({@code null} removes an
     * answer), in questionnaire order, with who gave them recorded.
     *
     * @throws NotYourQuestionsException when a token with a role changes another role's question
     */
    @Transactional(TxType.MANDATORY)
    Applied apply(
            Caller caller, AssessmentEntity assessment, ScoringEngine engine, Map<String, ?> changes, Instant now) {
        Map<String, Answer> before = engine.parse(assessment.answers);
        Ledger ledger = read(assessment.id, engine);
        if (caller.coordinates()) {
            Map<String, Answer> after = new LinkedHashMap<>(engine.merge(before, changes));
            for (String questionId : changes.keySet()) {
                Answer answer = after.get(questionId);
                if (same(before.get(questionId), answer)) {
                    continue; // sending back what was read decides nothing
                }
                if (answer == null) {
                    // The coordinator takes back its own answer or choice, never a respondent's.
                    ledger.remove(questionId, AnswerGivenEntity.COORDINATOR);
                    ledger.unresolve(questionId);
                    Answer counts = ledger.counted(questionId);
                    if (counts != null) {
                        after.put(questionId, counts);
                    }
                } else {
                    ledger.put(questionId, AnswerGivenEntity.COORDINATOR, null, caller.actor(), answer, now);
                    if (ledger.answeredByRespondents(questionId)) {
                        // Over the respondents' answers, the coordinator's is its choice.
                        ledger.choose(questionId, answer, caller.actor(), now);
                    }
                }
            }
            return new Applied(ordered(engine, after), false);
        }
        refuseOthers(caller.role(), engine, changes.keySet());
        String giver = caller.credentialId().toString();
        Map<String, Answer> ownBefore = ledger.answersOf(giver);
        Map<String, Answer> own = engine.merge(ownBefore, changes);
        Map<String, Object> counted = new LinkedHashMap<>();
        for (String questionId : changes.keySet()) {
            Answer answer = own.get(questionId);
            if (same(ownBefore.get(questionId), answer)) {
                continue; // the same answer again changes nothing, a choice made on it included
            }
            if (answer == null) {
                ledger.remove(questionId, giver);
            } else {
                ledger.put(questionId, giver, caller.role(), caller.actor(), answer, now);
                // The coordinator's answer, a pre-fill, gives way to the respondent's, and its note with it.
                ledger.remove(questionId, AnswerGivenEntity.COORDINATOR);
            }
            ledger.unresolve(questionId);
            Answer counts = ledger.counted(questionId);
            counted.put(questionId, counts == null ? null : counts.toJson());
        }
        Map<String, Answer> after = engine.merge(before, counted);
        // Once per token: AccessTokens#finished remembers that it was told.
        boolean finished = answeredAll(ledger.settled(own.keySet(), after), caller.role(), engine, after);
        return new Applied(after, finished);
    }

    /** Whether two answers, either possibly absent, are alike. */
    private static boolean same(Answer a, Answer b) {
        return a == null ? b == null : b != null && alike(a, b);
    }

    /** The answers that count after the coordinator's choice on a question in dispute. */
    @Transactional(TxType.MANDATORY)
    Map<String, Answer> resolve(
            Caller caller,
            AssessmentEntity assessment,
            ScoringEngine engine,
            String questionId,
            Object value,
            String note,
            Instant now) {
        Ledger ledger = read(assessment.id, engine);
        if (ledger.disputed(questionId).isEmpty()) {
            throw new NoDisagreementException(questionId);
        }
        Map<String, Answer> after = engine.merge(engine.parse(assessment.answers), single(questionId, value));
        ledger.resolve(questionId, after.get(questionId), note, caller.actor(), now);
        return after;
    }

    /**
     * Sets or removes the caller's notes on its own answers; the coordinator's note on an answer
     * given before who gave it was recorded is kept with that answer.
     *
     * @throws NoAnswerToNoteException naming each question the caller has no answer to
     */
    @Transactional(TxType.MANDATORY)
    void note(Caller caller, AssessmentEntity assessment, ScoringEngine engine, Map<String, ?> notes, Instant now) {
        if (!caller.coordinates()) {
            refuseOthers(caller.role(), engine, notes.keySet());
        }
        Ledger ledger = read(assessment.id, engine);
        String giver = caller.coordinates()
                ? AnswerGivenEntity.COORDINATOR
                : caller.credentialId().toString();
        Map<String, Answer> counted = engine.parse(assessment.answers);
        List<FieldError> unanswered = new ArrayList<>();
        notes.forEach((questionId, note) -> {
            AnswerGivenEntity row = ledger.row(questionId, giver);
            if (row == null && counted.containsKey(questionId) && !ledger.answeredByRespondents(questionId)) {
                // The coordinator's answer (given before who gave it was recorded, or a pre-fill): the
                // coordinator notes it as its own; a respondent that notes it confirms it, as its own.
                row = ledger.put(questionId, giver, caller.role(), caller.actor(), counted.get(questionId), now);
                if (!caller.coordinates()) {
                    ledger.remove(questionId, AnswerGivenEntity.COORDINATOR);
                }
            }
            if (row == null) {
                unanswered.add(new FieldError(questionId, "has no answer of yours to note: answer it first"));
            } else {
                row.note = (String) note;
                row.notedBy = note == null ? null : caller.actor();
            }
        });
        if (!unanswered.isEmpty()) {
            throw new NoAnswerToNoteException(unanswered);
        }
        if (ledger.notes() > Notes.MAX_PER_ASSESSMENT) {
            throw new TooManyNotesException(Notes.MAX_PER_ASSESSMENT);
        }
    }

    /**
     * The disagreements among the questions visible with the answers that count: open ones first,
     * each in questionnaire order, with the names of the assessment's tokens ({@link #tokensOf}).
     */
    List<Disagreement> disagreements(
            AssessmentEntity assessment,
            ScoringEngine engine,
            Map<String, Answer> counted,
            Map<UUID, IssuedToken> names) {
        Ledger ledger = read(assessment.id, engine);
        Set<String> visible = new HashSet<>(engine.visibleQuestions(counted));
        List<Disagreement> found = new ArrayList<>();
        for (Question question : engine.questionnaire().questions()) {
            String questionId = question.id();
            if (visible.contains(questionId) && !ledger.disputed(questionId).isEmpty()) {
                found.add(ledger.disagreement(questionId, names));
            }
        }
        found.sort((a, b) -> Boolean.compare(b.open(), a.open()));
        return found;
    }

    /** The answers given to each question in dispute and still open, by question id, for a preview's range. */
    Map<String, List<Answer>> disputed(UUID assessmentId, ScoringEngine engine) {
        Ledger ledger = read(assessmentId, engine);
        Map<String, List<Answer>> disputed = new LinkedHashMap<>();
        for (String questionId : ledger.questions()) {
            List<Answer> answers = ledger.disputed(questionId);
            if (!answers.isEmpty() && !ledger.resolved(questionId)) {
                disputed.put(questionId, answers);
            }
        }
        return disputed;
    }

    /**
     * What a token with a role sees of the answers: its own answers (or the coordinator's to its
     * role's questions that no respondent has answered), and the answers that count to the
     * questions that decide which of its role's questions are shown.
     */
    Map<String, Object> seenBy(Caller caller, UUID assessmentId, ScoringEngine engine, Map<String, Object> counted) {
        List<String> mine = questionsOf(caller.role(), engine);
        Set<String> deciding = engine.deciding(mine);
        Ledger ledger = read(assessmentId, engine);
        Map<String, Answer> own = ledger.answersOf(caller.credentialId().toString());
        Map<String, Object> seen = new LinkedHashMap<>();
        for (Question question : engine.questionnaire().questions()) {
            String id = question.id();
            boolean ours = question.respondent() == caller.role();
            if (ours && own.containsKey(id)) {
                seen.put(id, own.get(id).toJson());
            } else if (counted.containsKey(id) && (ours ? !ledger.answeredByRespondents(id) : deciding.contains(id))) {
                // Of its own questions, the coordinator's answer (a pre-fill) to confirm or correct;
                // never another respondent's, so that a second opinion stays independent.
                seen.put(id, counted.get(id));
            }
        }
        return seen;
    }

    /** Each role token's own answers, by its id, with when it last answered. */
    Map<UUID, List<AnswerGivenEntity>> byRespondent(UUID assessmentId) {
        Map<UUID, List<AnswerGivenEntity>> rows = new LinkedHashMap<>();
        for (AnswerGivenEntity row : given.of(assessmentId)) {
            if (row.role != null && row.answer != null) {
                rows.computeIfAbsent(UUID.fromString(row.giver), id -> new ArrayList<>())
                        .add(row);
            }
        }
        return rows;
    }

    /**
     * The notes on these assessments' answers and on the coordinator's choices, by assessment, each
     * assessment's by question id, a question's oldest first and its choice last.
     */
    Map<UUID, List<AnswerNote>> notes(Collection<UUID> assessmentIds) {
        Map<UUID, List<AnswerNote>> notes = new LinkedHashMap<>();
        for (AnswerGivenEntity row : given.notesOf(assessmentIds)) {
            notes.computeIfAbsent(row.assessmentId, id -> new ArrayList<>())
                    .add(new AnswerNote(
                            row.questionId,
                            row.note,
                            row.role,
                            row.role == null ? null : UUID.fromString(row.giver),
                            row.notedBy,
                            row.answeredAt,
                            false));
        }
        for (AnswerResolutionEntity resolution : given.resolutionNotesOf(assessmentIds)) {
            notes.computeIfAbsent(resolution.assessmentId, id -> new ArrayList<>())
                    .add(new AnswerNote(
                            resolution.questionId,
                            resolution.note,
                            null,
                            null,
                            resolution.resolvedBy,
                            resolution.resolvedAt,
                            true));
        }
        notes.values()
                .forEach(list -> list.sort(Comparator.comparing(AnswerNote::questionId)
                        .thenComparing(AnswerNote::resolution)
                        .thenComparing(AnswerNote::at)));
        return notes;
    }

    /** Forgets who gave what: the draft moved to another questionnaire version, whose questions differ. */
    @Transactional(TxType.MANDATORY)
    void forget(UUID assessmentId) {
        given.forget(assessmentId);
    }

    Map<UUID, IssuedToken> tokensOf(UUID assessmentId) {
        return tokens.withRole(assessmentId);
    }

    /** The ids of a role's questions, in questionnaire order. */
    static List<String> questionsOf(Respondent role, ScoringEngine engine) {
        return engine.questionnaire().questions().stream()
                .filter(question -> question.respondent() == role)
                .map(Question::id)
                .toList();
    }

    /** Whether the giver has answered every question of its role visible with these answers. */
    private static boolean answeredAll(
            Set<String> own, Respondent role, ScoringEngine engine, Map<String, Answer> counted) {
        List<String> visible = engine.visibleQuestions(counted).stream()
                .filter(questionsOf(role, engine)::contains)
                .toList();
        return !visible.isEmpty() && own.containsAll(visible);
    }

    private static void refuseOthers(Respondent role, ScoringEngine engine, Set<String> questionIds) {
        List<FieldError> others = new ArrayList<>();
        for (String questionId : questionIds) {
            engine.questionnaire().questions().stream()
                    .filter(question -> question.id().equals(questionId) && question.respondent() != role)
                    .findFirst()
                    .ifPresent(question -> others.add(new FieldError(
                            questionId,
                            "is " + (question.respondent() == null ? "no role's" : "a " + question.respondent())
                                    + " question: this token answers " + role + " questions only")));
        }
        if (!others.isEmpty()) {
            throw new NotYourQuestionsException(others);
        }
    }

    private static Map<String, Object> single(String questionId, Object value) {
        Map<String, Object> change = new HashMap<>();
        change.put(questionId, value);
        return change;
    }

    private static Map<String, Answer> ordered(ScoringEngine engine, Map<String, Answer> answers) {
        return engine.merge(answers, Map.of());
    }

    private Ledger read(UUID assessmentId, ScoringEngine engine) {
        return new Ledger(assessmentId, engine, given.of(assessmentId), given.resolutionsOf(assessmentId));
    }

    private Object value(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Answer answer) {
        try {
            return json.writeValueAsString(answer.toJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two answers alike: the same value, a multiple choice's options in any order. */
    private static boolean alike(Answer a, Answer b) {
        if (a instanceof Answer.Choices x && b instanceof Answer.Choices y) {
            return Set.copyOf(x.optionIds()).equals(Set.copyOf(y.optionIds()));
        }
        return Objects.equals(a, b);
    }

    /** The result of a change: the answers that count, and whether the token has answered all its role's questions. */
    record Applied(Map<String, Answer> answers, boolean finished) {}

    /** An assessment's rows, read once per request, changed in place and persisted as they change. */
    private final class Ledger {

        private final UUID assessmentId;
        private final ScoringEngine engine;
        private final Map<String, Map<String, AnswerGivenEntity>> rows = new LinkedHashMap<>();
        private final Map<String, AnswerResolutionEntity> resolutions = new HashMap<>();

        Ledger(
                UUID assessmentId,
                ScoringEngine engine,
                List<AnswerGivenEntity> rows,
                List<AnswerResolutionEntity> resolutions) {
            this.assessmentId = assessmentId;
            this.engine = engine;
            rows.forEach(row -> this.rows
                    .computeIfAbsent(row.questionId, q -> new LinkedHashMap<>())
                    .put(row.giver, row));
            resolutions.forEach(resolution -> this.resolutions.put(resolution.questionId, resolution));
        }

        Set<String> questions() {
            return rows.keySet();
        }

        AnswerGivenEntity row(String questionId, String giver) {
            return rows.getOrDefault(questionId, Map.of()).get(giver);
        }

        /** Records the giver's answer. */
        AnswerGivenEntity put(
                String questionId, String giver, Respondent role, String actor, Answer answer, Instant now) {
            Map<String, AnswerGivenEntity> byGiver = rows.computeIfAbsent(questionId, q -> new LinkedHashMap<>());
            AnswerGivenEntity row = byGiver.get(giver);
            String text = text(answer);
            if (row == null) {
                row = new AnswerGivenEntity();
                row.assessmentId = assessmentId;
                row.questionId = questionId;
                row.giver = giver;
                row.role = role;
                row.givenBy = actor;
                row.answer = text;
                row.answeredAt = now;
                given.persist(row);
                byGiver.put(giver, row);
            } else if (!text.equals(row.answer)) {
                row.answer = text;
                row.answeredAt = now;
            }
            row.givenBy = actor;
            return row;
        }

        /**
         * The questions settled for a respondent: those it answered, and those the coordinator
         * answered that no respondent has (a pre-fill it leaves as it is).
         */
        Set<String> settled(Set<String> own, Map<String, Answer> counted) {
            Set<String> settled = new HashSet<>(own);
            counted.keySet().stream()
                    .filter(questionId -> !answeredByRespondents(questionId))
                    .forEach(settled::add);
            return settled;
        }

        /** How many answers carry a note. */
        long notes() {
            return rows.values().stream()
                    .flatMap(byGiver -> byGiver.values().stream())
                    .filter(row -> row.note != null)
                    .count();
        }

        /** Forgets the giver's answer to the question, and its note. */
        void remove(String questionId, String giver) {
            Map<String, AnswerGivenEntity> byGiver = rows.get(questionId);
            AnswerGivenEntity row = byGiver == null ? null : byGiver.remove(giver);
            if (row != null) {
                given.delete(row);
            }
        }

        /** Whether a respondent with a role answers the question. */
        boolean answeredByRespondents(String questionId) {
            return rows.getOrDefault(questionId, Map.of()).values().stream().anyMatch(row -> row.role != null);
        }

        /** The role tokens' answers to the question: empty unless two of them differ. */
        List<Answer> disputed(String questionId) {
            List<Answer> answers = new ArrayList<>();
            for (AnswerGivenEntity row : rows.getOrDefault(questionId, Map.of()).values()) {
                if (row.role != null) {
                    answers.add(parsed(row));
                }
            }
            for (Answer answer : answers) {
                if (!alike(answer, answers.get(0))) {
                    return answers;
                }
            }
            return List.of();
        }

        boolean resolved(String questionId) {
            return resolutions.containsKey(questionId);
        }

        void resolve(String questionId, Answer answer, String note, String actor, Instant now) {
            AnswerResolutionEntity resolution = resolutions.get(questionId);
            boolean created = resolution == null;
            if (created) {
                resolution = new AnswerResolutionEntity();
                resolution.assessmentId = assessmentId;
                resolution.questionId = questionId;
            }
            resolution.answer = text(answer);
            resolution.note = note;
            resolution.resolvedBy = actor;
            resolution.resolvedAt = now;
            if (created) {
                given.persist(resolution);
                resolutions.put(questionId, resolution);
            }
        }

        /** The coordinator's choice by its answer: the choice's note, if it had one, is kept. */
        void choose(String questionId, Answer answer, String actor, Instant now) {
            AnswerResolutionEntity previous = resolutions.get(questionId);
            resolve(questionId, answer, previous == null ? null : previous.note, actor, now);
        }

        void unresolve(String questionId) {
            AnswerResolutionEntity resolution = resolutions.remove(questionId);
            if (resolution != null) {
                given.remove(resolution);
            }
        }

        /**
         * The answer that counts after a respondent's change: the coordinator's choice if there is
         * one; else the role tokens' answer if they agree, the riskiest of theirs if not; the
         * coordinator's answer when no token answers it any more.
         */
        Answer counted(String questionId) {
            AnswerResolutionEntity resolution = resolutions.get(questionId);
            if (resolution != null) {
                return parsed(questionId, resolution.answer);
            }
            List<Answer> answers = new ArrayList<>();
            AnswerGivenEntity coordinator = null;
            for (AnswerGivenEntity row : rows.getOrDefault(questionId, Map.of()).values()) {
                if (row.role != null) {
                    answers.add(parsed(row));
                } else {
                    coordinator = row;
                }
            }
            if (answers.isEmpty()) {
                return coordinator == null ? null : parsed(coordinator);
            }
            return engine.riskiest(questionId, answers);
        }

        Map<String, Answer> answersOf(String giver) {
            Map<String, Object> values = new LinkedHashMap<>();
            rows.forEach((questionId, byGiver) -> {
                AnswerGivenEntity row = byGiver.get(giver);
                if (row != null) {
                    values.put(questionId, value(row.answer));
                }
            });
            return engine.parse(values);
        }

        Disagreement disagreement(String questionId, Map<UUID, IssuedToken> tokens) {
            List<Disagreement.Given> answers = new ArrayList<>();
            Respondent role = null;
            for (AnswerGivenEntity row : rows.get(questionId).values()) {
                if (row.role != null) {
                    role = row.role;
                    UUID id = UUID.fromString(row.giver);
                    IssuedToken token = tokens.get(id);
                    answers.add(new Disagreement.Given(
                            value(row.answer),
                            new Disagreement.RespondentRef(id, row.role, token == null ? null : token.name()),
                            row.note,
                            row.answeredAt));
                }
            }
            AnswerResolutionEntity resolution = resolutions.get(questionId);
            return new Disagreement(
                    questionId,
                    role,
                    answers,
                    resolution == null
                            ? null
                            : new Disagreement.Resolution(
                                    value(resolution.answer),
                                    resolution.note,
                                    resolution.resolvedBy,
                                    resolution.resolvedAt));
        }

        private Answer parsed(AnswerGivenEntity row) {
            return parsed(row.questionId, row.answer);
        }

        private Answer parsed(String questionId, String text) {
            return engine.parse(Map.of(questionId, value(text))).get(questionId);
        }
    }
}
