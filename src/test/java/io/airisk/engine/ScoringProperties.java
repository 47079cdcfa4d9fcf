package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties DOMAIN.md asks of the scoring, checked over random answer sets of each shipped
 * questionnaire version, partial ones and ones with answers to hidden questions included.
 */
abstract class ScoringProperties {

    final ScoringEngine engine;
    final Questionnaire questionnaire;
    final AnswerSets answerSets;

    ScoringProperties(ScoringEngine engine) {
        this.engine = engine;
        this.questionnaire = engine.questionnaire();
        this.answerSets = new AnswerSets(engine);
    }

    @Property(tries = 500)
    void everyScoreIsWithinZeroAndOneHundred(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = engine.score(answers);

        assertThat(result.overallRisk()).isBetween(0.0, 100.0);
        assertThat(result.completeness()).isBetween(0.0, 1.0);
        assertThat(result.dimensions()).allSatisfy(d -> assertThat(d.score()).isBetween(0.0, 100.0));
    }

    @Property(tries = 500)
    void contributionsAddUpToEachDimensionScoreAndTermsToTheIndex(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = engine.score(answers);

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

        assertThat(engine.score(reordered)).isEqualTo(engine.score(answers));
        assertThat(new ScoringEngine(questionnaire).score(answers)).isEqualTo(engine.score(answers));
    }

    @Property(tries = 1000)
    void raisingOneAnswersRiskNeverLowersAnyScoreAndRaisesTheIndex(@ForAll("raises") AnswerSets.Raise raise) {
        ScoreResult before = engine.score(raise.before());
        ScoreResult after = engine.score(raise.after());

        assertThat(after.overallRisk()).isGreaterThanOrEqualTo(before.overallRisk());
        for (int d = 0; d < before.dimensions().size(); d++) {
            assertThat(after.dimensions().get(d).score())
                    .isGreaterThanOrEqualTo(before.dimensions().get(d).score());
        }
        if (raise.strictlyRiskier() && raise.visible() && raise.weighted()) {
            assertThat(engine.exactOverall(raise.after())).isGreaterThan(engine.exactOverall(raise.before()));
        }
    }

    /**
     * Raises one answer in each of two dimensions, alone and together, and gives f(a+, b+) -
     * f(a+, b) - f(a, b+) + f(a, b) for the exact overall index: positive when raising both adds more
     * than raising each alone. {@code null} when either dimension cannot be raised from the base.
     */
    Compounded secondDifference(Map<String, Answer> base, String first, String second, Random random) {
        Map<String, Answer> raisedFirst = raiseIn(base, first, random);
        Map<String, Answer> raisedSecond = raiseIn(base, second, random);
        if (raisedFirst == null || raisedSecond == null) {
            return null;
        }
        Map<String, Answer> both = new LinkedHashMap<>(raisedFirst);
        raisedSecond.forEach((id, answer) -> {
            if (questionnaire.question(id).dimension().equals(second)) {
                both.put(id, answer);
            }
        });
        double difference = engine.exactOverall(both)
                - engine.exactOverall(raisedFirst)
                - engine.exactOverall(raisedSecond)
                + engine.exactOverall(base);
        return new Compounded(difference, both);
    }

    /** A second difference, and the answers with both dimensions raised. */
    record Compounded(double difference, Map<String, Answer> both) {}

    /**
     * Raising one answer in each of two dimensions together adds more to the index than raising
     * each alone, wherever the weighted mean of the dimensions with both raised is at most
     * {@code meanAtMost}.
     */
    void assertCompoundsSuperadditively(
            Map<String, Answer> base, String first, String second, Random random, double meanAtMost) {
        Compounded compounded = secondDifference(base, first, second, random);
        Assume.that(compounded != null && weightedMean(engine.score(compounded.both())) <= meanAtMost);

        assertThat(compounded.difference()).isGreaterThan(0.0);
    }

    double weightedMean(ScoreResult result) {
        return weightedMean(result.dimensions().stream()
                .mapToDouble(ScoreResult.DimensionScore::score)
                .toArray());
    }

    double weightedMean(double[] scores) {
        double sum = 0;
        double weights = 0;
        for (int d = 0; d < scores.length; d++) {
            double weight = questionnaire.dimensions().get(d).weight();
            sum += weight * scores[d];
            weights += weight;
        }
        return sum / weights;
    }

    @Property(tries = 300)
    void recommendationsAreOrderedAndNeverNegative(@ForAll("answerSets") Map<String, Answer> answers) {
        List<ScoreResult.Recommendation> plan = engine.score(answers).recommendations();

        assertThat(plan)
                .extracting(ScoreResult.Recommendation::expectedRiskReduction)
                .allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(0.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Property(tries = 300)
    void eachReductionIsWhatAFullRescoringWithTheTriggersMovedGives(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult today = engine.score(answers);

        for (ScoreResult.Recommendation recommendation : today.recommendations()) {
            Map<String, Answer> moved = new LinkedHashMap<>(answers);
            recommendation
                    .triggeredBy()
                    .forEach(id -> moved.put(id, Risk.lowestRiskAnswer(questionnaire.question(id))));
            double expected =
                    Math.round((today.overallRisk() - engine.score(moved).overallRisk()) * 100) / 100.0;

            assertThat(recommendation.expectedRiskReduction())
                    .as(recommendation.id())
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Map<String, Answer>> answerSets() {
        return Arbitraries.randomValue(answerSets::random);
    }

    @Provide
    Arbitrary<AnswerSets.Raise> raises() {
        return Combinators.combine(answerSets(), Arbitraries.of(questionnaire.questions()), Arbitraries.randoms())
                .as(answerSets::raise)
                .filter(raise -> raise != null);
    }

    /**
     * Raises the risk of one visible, answered question of the dimension, or answers an unanswered
     * visible one, changing no other answer's visibility; {@code null} when the dimension's score
     * cannot rise that way.
     */
    Map<String, Answer> raiseIn(Map<String, Answer> base, String dimension, Random random) {
        List<Question> candidates = questionnaire.questions().stream()
                .filter(q -> q.dimension().equals(dimension))
                .toList();
        Set<String> visible = engine.withoutHidden(base).keySet();
        for (int attempt = 0; attempt < 20; attempt++) {
            Question question = candidates.get(random.nextInt(candidates.size()));
            AnswerSets.Raise raise = answerSets.raise(base, question, random);
            if (raise != null && raise.strictlyRiskier() && raise.visible() && raise.weighted()) {
                Set<String> expected = new HashSet<>(visible);
                expected.add(question.id());
                if (engine.withoutHidden(raise.after()).keySet().equals(expected)) {
                    return raise.after();
                }
            }
        }
        return null;
    }
}
