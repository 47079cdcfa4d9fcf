package io.airisk.scoring;

import io.airisk.engine.Anchor;
import io.airisk.engine.Answer;
import io.airisk.engine.Band;
import io.airisk.engine.ChangeExplainer;
import io.airisk.engine.Dimension;
import io.airisk.engine.Interaction;
import io.airisk.engine.Migration;
import io.airisk.engine.Option;
import io.airisk.engine.Question;
import io.airisk.engine.QuestionMapping;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.QuestionnaireTranslation;
import io.airisk.engine.RecommendationRule;
import io.airisk.engine.Reference;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ShowIf;
import io.airisk.engine.Target;
import io.airisk.engine.Trigger;
import io.airisk.engine.VersionMove;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The engine's records are read and written by Jackson (definition files, results, stored answers)
 * but cannot carry framework annotations, so they are registered here for the native image.
 */
@RegisterForReflection(
        targets = {
            Questionnaire.class,
            QuestionnaireTranslation.class,
            QuestionnaireTranslation.DimensionTexts.class,
            QuestionnaireTranslation.InteractionTexts.class,
            QuestionnaireTranslation.QuestionTexts.class,
            QuestionnaireTranslation.RecommendationTexts.class,
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
            ScoreResult.UnknownAnswer.class,
            ScoreResult.Bundle.class,
            Reference.class,
            Migration.class,
            QuestionMapping.class,
            VersionMove.Comparison.class,
            VersionMove.Effect.class,
            ChangeExplainer.Delta.class,
            ChangeExplainer.AnswerEffect.class,
            Target.class,
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
