package io.airisk.scoring;

import io.airisk.scoring.engine.Anchor;
import io.airisk.scoring.engine.Answer;
import io.airisk.scoring.engine.Band;
import io.airisk.scoring.engine.Dimension;
import io.airisk.scoring.engine.Interaction;
import io.airisk.scoring.engine.Option;
import io.airisk.scoring.engine.Question;
import io.airisk.scoring.engine.Questionnaire;
import io.airisk.scoring.engine.RecommendationRule;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ShowIf;
import io.airisk.scoring.engine.Trigger;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The engine's records are read and written by Jackson (definition files, results, stored answers)
 * but cannot carry framework annotations, so they are registered here for the native image.
 */
@RegisterForReflection(
        targets = {
            Questionnaire.class,
            Dimension.class,
            Question.class,
            Anchor.class,
            Option.class,
            ShowIf.class,
            Interaction.class,
            Band.class,
            Trigger.class,
            RecommendationRule.class,
            ScoreResult.class,
            ScoreResult.DimensionScore.class,
            ScoreResult.Contribution.class,
            ScoreResult.OverallTerm.class,
            ScoreResult.Recommendation.class,
            ScoreResult.Because.class,
            ScoreResult.Range.class,
            Answer.Choice.class,
            Answer.Choices.class,
            Answer.Numeric.class,
            Answer.Flag.class,
            Answer.Unknown.class,
            ScoringJson.AnswerAsJson.class
        })
final class EngineReflection {

    private EngineReflection() {}
}
