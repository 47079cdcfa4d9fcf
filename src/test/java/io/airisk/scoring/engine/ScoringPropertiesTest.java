package io.airisk.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties DOMAIN.md asks of the scoring, checked over random answer sets of the shipped
 * questionnaire, partial ones and ones with answers to hidden questions included.
 */
class ScoringPropertiesTest {

    private static final Questionnaire V1 = Questionnaires.v1();
    private static final ScoringEngine ENGINE = Questionnaires.v1Engine();

    @Property(tries = 500)
    void everyScoreIsWithinZeroAndOneHundred(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = ENGINE.score(answers);

        assertThat(result.overallRisk()).isBetween(0.0, 100.0);
        assertThat(result.completeness()).isBetween(0.0, 1.0);
        assertThat(result.dimensions()).allSatisfy(d -> assertThat(d.score()).isBetween(0.0, 100.0));
    }

    @Property(tries = 500)
    void contributionsAddUpToEachDimensionScoreAndTermsToTheIndex(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = ENGINE.score(answers);

        for (ScoreResult.DimensionScore dimension : result.dimensions()) {
            long sum = dimension.contributions().stream()
                    .mapToLong(c -> ScoringEngineTest.cents(c.points()))
                    .sum();
            assertThat(sum).as(dimension.id()).isEqualTo(ScoringEngineTest.cents(dimension.score()));
        }
        long terms = result.overallTerms().stream()
                .mapToLong(t -> ScoringEngineTest.cents(t.points()))
                .sum();
        assertThat(terms).isEqualTo(ScoringEngineTest.cents(result.overallRisk()));
    }

    @Property(tries = 200)
    void theSameAnswersAlwaysGiveTheSameResult(@ForAll("answerSets") Map<String, Answer> answers) {
        Map<String, Answer> reordered = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(answers.keySet());
        Collections.reverse(ids);
        ids.forEach(id -> reordered.put(id, answers.get(id)));

        assertThat(ENGINE.score(reordered)).isEqualTo(ENGINE.score(answers));
        assertThat(new ScoringEngine(V1).score(answers)).isEqualTo(ENGINE.score(answers));
    }

    @Property(tries = 1000)
    void raisingOneAnswersRiskNeverLowersAnyScoreAndRaisesTheIndex(@ForAll("raises") AnswerSets.Raise raise) {
        ScoreResult before = ENGINE.score(raise.before());
        ScoreResult after = ENGINE.score(raise.after());

        assertThat(after.overallRisk()).isGreaterThanOrEqualTo(before.overallRisk());
        for (int d = 0; d < before.dimensions().size(); d++) {
            assertThat(after.dimensions().get(d).score())
                    .isGreaterThanOrEqualTo(before.dimensions().get(d).score());
        }
        if (raise.strictlyRiskier() && raise.visible()) {
            assertThat(ENGINE.exactOverall(raise.after())).isGreaterThan(ENGINE.exactOverall(raise.before()));
        }
    }

    @Property(tries = 500)
    void dependenceAndReasoningCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertThat(secondDifference(base, "LLM_DEPENDENCE", "REASONING_GAP", random))
                .isGreaterThan(0.0);
    }

    @Property(tries = 300)
    void lockInAndDependenceCompoundSuperadditively(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertThat(secondDifference(base, "INFRA_LOCK_IN", "LLM_DEPENDENCE", random))
                .isGreaterThan(0.0);
    }

    /**
     * f(a+, b+) - f(a+, b) - f(a, b+) + f(a, b) for the exact overall index, raising one answer in
     * each dimension: positive when raising both adds more than raising each alone.
     */
    private static double secondDifference(Map<String, Answer> base, String first, String second, Random random) {
        Map<String, Answer> raisedFirst = raiseIn(base, first, random);
        Map<String, Answer> raisedSecond = raiseIn(base, second, random);
        Assume.that(raisedFirst != null && raisedSecond != null);
        Map<String, Answer> both = new LinkedHashMap<>(raisedFirst);
        raisedSecond.forEach((id, answer) -> {
            if (V1.question(id).dimension().equals(second)) {
                both.put(id, answer);
            }
        });
        return ENGINE.exactOverall(both)
                - ENGINE.exactOverall(raisedFirst)
                - ENGINE.exactOverall(raisedSecond)
                + ENGINE.exactOverall(base);
    }

    @Property(tries = 300)
    void recommendationsAreOrderedAndNeverNegative(@ForAll("answerSets") Map<String, Answer> answers) {
        List<ScoreResult.Recommendation> plan = ENGINE.score(answers).recommendations();

        assertThat(plan)
                .extracting(ScoreResult.Recommendation::expectedRiskReduction)
                .allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(0.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Property(tries = 300)
    void eachReductionIsWhatAFullRescoringWithTheTriggersMovedGives(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult today = ENGINE.score(answers);

        for (ScoreResult.Recommendation recommendation : today.recommendations()) {
            Map<String, Answer> moved = new LinkedHashMap<>(answers);
            recommendation.triggeredBy().forEach(id -> moved.put(id, Risk.lowestRiskAnswer(V1.question(id))));
            double expected =
                    Math.round((today.overallRisk() - ENGINE.score(moved).overallRisk()) * 100) / 100.0;

            assertThat(recommendation.expectedRiskReduction())
                    .as(recommendation.id())
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Map<String, Answer>> answerSets() {
        return Arbitraries.randomValue(AnswerSets::random);
    }

    @Provide
    Arbitrary<AnswerSets.Raise> raises() {
        return Combinators.combine(answerSets(), Arbitraries.of(V1.questions()), Arbitraries.randoms())
                .as(AnswerSets::raise)
                .filter(raise -> raise != null);
    }

    /**
     * Raises the risk of one visible, answered question of the dimension, or answers an unanswered
     * visible one; {@code null} when the dimension's score cannot rise that way.
     */
    private static Map<String, Answer> raiseIn(Map<String, Answer> base, String dimension, Random random) {
        List<Question> candidates = V1.questions().stream()
                .filter(q -> q.dimension().equals(dimension))
                .toList();
        Map<String, Answer> visible = ENGINE.withoutHidden(base);
        for (int attempt = 0; attempt < 20; attempt++) {
            Question question = candidates.get(random.nextInt(candidates.size()));
            AnswerSets.Raise raise = AnswerSets.raise(base, question, random);
            if (raise != null
                    && raise.strictlyRiskier()
                    && raise.visible()
                    && ENGINE.withoutHidden(raise.after()).keySet().containsAll(visible.keySet())) {
                return raise.after();
            }
        }
        return null;
    }
}
