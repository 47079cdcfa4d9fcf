package io.airisk.common.config;

import io.airisk.scoring.engine.Band;
import io.airisk.scoring.engine.Dimension;
import io.airisk.scoring.engine.FieldError;
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
 * The engine's records are read and written by Jackson (definition files, stored results, API
 * bodies); the engine cannot carry framework annotations, so they are registered here for the
 * native image. So are the serializers that Jackson instantiates from {@code @JsonSerialize}.
 */
@RegisterForReflection(
        targets = {
            Questionnaire.class,
            Dimension.class,
            Question.class,
            Option.class,
            ShowIf.class,
            Interaction.class,
            Band.class,
            Trigger.class,
            RecommendationRule.class,
            FieldError.class,
            ScoreResult.class,
            ScoreResult.DimensionScore.class,
            ScoreResult.Contribution.class,
            ScoreResult.OverallTerm.class,
            ScoreResult.Recommendation.class,
            RawJsonSerializer.class
        })
public final class NativeReflection {

    private NativeReflection() {}
}
