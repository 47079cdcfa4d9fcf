package io.airisk.scoring.service;

import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.engine.Answer;
import io.airisk.engine.AnswerError;
import io.airisk.engine.AnswerVector;
import io.airisk.engine.InvalidAnswersException;
import io.airisk.engine.InvalidVectorException;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.UnknownQuestionnaireVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Scores answers that are kept nowhere: the what-if analysis. */
@ApplicationScoped
public class ScoringService {

    private final QuestionnaireCatalog catalog;

    public ScoringService(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Scores answers against a published version, the current one when {@code version} is null.
     * Answers to questions that the other answers hide are refused: a draft may keep them for
     * later, but nothing here could.
     */
    public ScoreResult score(String version, Map<String, ?> answers)
            throws UnknownQuestionnaireVersionException, InvalidAnswersException {
        ScoringEngine engine = catalog.require(version);
        return score(engine, engine.parse(answers));
    }

    /**
     * Scores the answers of an answer vector, on the version it names, as {@link #score(String, Map)}
     * does answers. Every fault is named as part of {@code vector}: a value that does not fit its
     * question as {@code vector.CODE}.
     *
     * @param version the version the client expects, or {@code null}; refused when the vector names another
     * @throws InvalidInputException naming {@code vector}, its parts, or {@code questionnaireVersion}
     */
    public ScoreResult scoreVector(String version, String vector) throws InvalidInputException {
        try {
            String named = AnswerVector.version(vector);
            if (version != null && !version.equals(named)) {
                throw new InvalidInputException(
                        "questionnaireVersion",
                        "is " + version + ", but the vector is of " + named + "; leave questionnaireVersion out");
            }
            ScoringEngine engine = catalog.find(named)
                    .orElseThrow(() -> new InvalidInputException(
                            "vector",
                            "'" + AnswerVector.PREFIX + AnswerVector.label(named)
                                    + "' names no published questionnaire version; published: "
                                    + catalog.summaries().stream()
                                            .map(summary -> AnswerVector.PREFIX + AnswerVector.label(summary.version()))
                                            .toList()));
            try {
                return score(engine, engine.parseVector(vector));
            } catch (InvalidAnswersException invalid) {
                throw new InvalidInputException(invalid.errors().stream()
                        .map(error -> error.questionId() == null
                                ? new FieldError("vector", error.message())
                                : new FieldError(
                                        "vector."
                                                + engine.questionnaire()
                                                        .question(error.questionId())
                                                        .code(),
                                        error.questionId() + " " + error.message()))
                        .toList());
            }
        } catch (InvalidVectorException invalid) {
            throw new InvalidInputException(invalid.faults().stream()
                    .map(fault -> new FieldError("vector", fault))
                    .toList());
        }
    }

    private static ScoreResult score(ScoringEngine engine, Map<String, Answer> parsed) {
        List<String> hidden = engine.hiddenAnswers(parsed);
        if (!hidden.isEmpty()) {
            throw new InvalidAnswersException(hidden.stream()
                    .map(id -> new AnswerError(
                            id,
                            "is hidden by the answer to "
                                    + engine.questionnaire()
                                            .question(id)
                                            .showIf()
                                            .questionId() + "; remove it"))
                    .toList());
        }
        return ScoringMetrics.timed("score", engine.questionnaire().version(), () -> engine.score(parsed));
    }
}
