package io.airisk.scoring.service;

import io.airisk.engine.Answer;
import io.airisk.engine.AnswerError;
import io.airisk.engine.InvalidAnswersException;
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
        Map<String, Answer> parsed = engine.parse(answers);
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
