package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetPathTest {

    private final ScoringEngine engine = Questionnaires.v3Engine();

    @Test
    void shouldTakeTheStepsThatBringTheScoreUnderTheCeilingAndScoreAsTheirMovedAnswers() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Answer> answers = engine.parse(new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(Path.of("examples", "worked-example-answers.json").toFile(), Map.class));
        ScoreResult today = engine.score(answers);

        TargetPath path = engine.pathTo(answers, null, 40.0);

        assertThat(path.current()).isEqualTo(today.overallRisk());
        assertThat(path.distance()).isEqualTo(Cents.round(today.overallRisk() - 40.0));
        assertThat(path.reached()).isTrue();
        assertThat(path.after()).isLessThanOrEqualTo(40.0);
        assertThat(path.steps()).isNotEmpty();
        assertThat(engine.score(moved(answers, today, path)).overallRisk()).isEqualTo(path.after());
        // one step fewer does not reach it: the last step was needed
        TargetPath shorter = engine.pathTo(answers, null, path.after() + 0.01);
        assertThat(shorter.steps()).isEqualTo(path.steps());
    }

    @Test
    void shouldReachADimensionsTargetWithStepsThatLowerThatDimension() {
        Random random = new Random(31);
        AnswerSets sets = new AnswerSets(engine);
        for (int i = 0; i < 200; i++) {
            Map<String, Answer> answers = engine.withoutHidden(sets.random(random));
            ScoreResult today = engine.score(answers);
            for (ScoreResult.DimensionScore dimension : today.dimensions()) {
                double ceiling = Cents.round(dimension.score() / 2);

                TargetPath path = engine.pathTo(answers, dimension.id(), ceiling);

                assertThat(path.current()).isEqualTo(dimension.score());
                ScoreResult after = engine.score(moved(answers, today, path));
                double reached = after.dimensions().stream()
                        .filter(d -> d.id().equals(dimension.id()))
                        .findFirst()
                        .orElseThrow()
                        .score();
                assertThat(reached).isEqualTo(path.after());
                assertThat(path.reached()).isEqualTo(reached <= ceiling);
                if (dimension.score() <= ceiling) {
                    assertThat(path.steps()).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldMeetABandUpToTheNextBandsLowerBound() {
        assertThat(engine.ceilingOf(RiskBand.LOW))
                .isEqualTo(Cents.round(engine.questionnaire().bands().get(1).min() - 0.01));
        assertThat(engine.ceilingOf(RiskBand.CRITICAL)).isEqualTo(100.0);
    }

    /** The answers with every answer that fired a step of the path at its question's lowest risk. */
    private Map<String, Answer> moved(Map<String, Answer> answers, ScoreResult today, TargetPath path) {
        Map<String, Answer> moved = new LinkedHashMap<>(answers);
        for (ScoreResult.Recommendation step : today.recommendations()) {
            if (path.steps().contains(step.id())) {
                step.triggeredBy()
                        .forEach(id -> moved.put(
                                id, Risk.lowestRiskAnswer(engine.questionnaire().question(id))));
            }
        }
        return engine.withoutHidden(moved);
    }
}
