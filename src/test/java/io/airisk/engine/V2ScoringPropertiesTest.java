package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * Questionnaire v2's method, against the faults of v1 it fixes: compounding that adds risk,
 * questions gated on LLM use, and "unknown" answers scored at their published risk with the range
 * they leave open.
 */
class V2ScoringPropertiesTest extends ScoringProperties {

    /**
     * Up to this weighted mean of the dimension scores the index has room to compound: raising two
     * paired dimensions together adds more than raising each alone. Above it the index bends toward
     * its ceiling of 100, as any index bounded there and never below the mean must
     * (docs/methodology.md, step 4).
     */
    private static final double HEADROOM_MEAN = 50.0;

    V2ScoringPropertiesTest() {
        super(Questionnaires.v2Engine());
    }

    @Property(tries = 1000)
    void theIndexIsNeverBelowTheWeightedMeanOfTheDimensions(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = engine.score(answers);

        assertThat(result.overallRisk()).isGreaterThanOrEqualTo(Cents.round(weightedMean(result)));
    }

    @Property(tries = 500)
    void theIndexReachesOneHundredOnlyWhenEveryDimensionDoes(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = engine.score(answers);

        if (result.overallRisk() == 100.0) {
            assertThat(result.dimensions())
                    .allSatisfy(d -> assertThat(d.score()).isEqualTo(100.0));
        }
        assertThat(engine.score(Questionnaires.riskiest(questionnaire)).overallRisk())
                .isEqualTo(100.0);
    }

    @Property(tries = 1000)
    void dependenceAndReasoningCompoundSuperadditivelyWhileThereIsHeadroom(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertCompoundsSuperadditively(base, "LLM_DEPENDENCE", "REASONING_GAP", random, HEADROOM_MEAN);
    }

    @Property(tries = 1000)
    void lockInAndDependenceCompoundSuperadditivelyWhileThereIsHeadroom(
            @ForAll("answerSets") Map<String, Answer> base, @ForAll Random random) {
        assertCompoundsSuperadditively(base, "INFRA_LOCK_IN", "LLM_DEPENDENCE", random, HEADROOM_MEAN);
    }

    @Property(tries = 2000)
    void theCompoundingFormulaIsSuperadditiveWhileThereIsHeadroom(
            @ForAll @Size(6) List<@DoubleRange(min = 0, max = 100) Double> scores,
            @ForAll @DoubleRange(min = 0.01, max = 1) double firstStep,
            @ForAll @DoubleRange(min = 0.01, max = 1) double secondStep,
            @ForAll boolean lockIn) {
        int first = lockIn ? 2 : 0;
        int second = lockIn ? 0 : 1;
        double[] base = scores.stream().mapToDouble(Double::doubleValue).toArray();
        double[] both = base.clone();
        both[first] += firstStep * (100 - base[first]);
        both[second] += secondStep * (100 - base[second]);
        Assume.that(both[first] > base[first] && both[second] > base[second]);
        Assume.that(weightedMean(both) <= HEADROOM_MEAN);
        double[] onlyFirst = base.clone();
        onlyFirst[first] = both[first];
        double[] onlySecond = base.clone();
        onlySecond[second] = both[second];

        double difference = engine.overallOf(both)
                - engine.overallOf(onlyFirst)
                - engine.overallOf(onlySecond)
                + engine.overallOf(base);

        assertThat(difference).isGreaterThan(0.0);
    }

    @Property(tries = 500)
    void anOrganisationWithoutLlmsScoresZeroOnTheLlmDimensionsAndGetsNoLlmAdvice(
            @ForAll("answerSets") Map<String, Answer> others) {
        Map<String, Answer> answers = new LinkedHashMap<>(others);
        answers.put("llm.production_use", new Answer.Choice("none"));

        ScoreResult result = engine.score(answers);

        assertThat(score(result, "LLM_DEPENDENCE")).isZero();
        assertThat(score(result, "REASONING_GAP")).isZero();
        Set<String> aboutLlms = gatedOn("llm.production_use");
        assertThat(result.recommendations())
                .allSatisfy(r -> assertThat(r.triggeredBy()).doesNotContainAnyElementsOf(aboutLlms));
    }

    @Property(tries = 1000)
    void unknownAnswersCountAtTheirRiskAndTheRangeHoldsTheIndex(@ForAll("answerSets") Map<String, Answer> answers) {
        ScoreResult result = engine.score(answers);

        long unknown = engine.withoutHidden(answers).values().stream()
                .filter(Answer.Unknown.class::isInstance)
                .count();
        assertThat(result.unknownCount()).isEqualTo(unknown);
        assertThat(result.range().low()).isLessThanOrEqualTo(result.overallRisk());
        assertThat(result.range().high()).isGreaterThanOrEqualTo(result.overallRisk());
        if (unknown == 0) {
            assertThat(result.range().low()).isEqualTo(result.overallRisk());
            assertThat(result.range().high()).isEqualTo(result.overallRisk());
        }
        engine.withoutHidden(answers).forEach((id, answer) -> {
            if (answer instanceof Answer.Unknown) {
                Question question = questionnaire.question(id);
                assertThat(engine.answerRisk(id, answer))
                        .as(id)
                        .isGreaterThan(engine.answerRisk(id, Risk.lowestRiskAnswer(question)));
            }
        });
    }

    private static double score(ScoreResult result, String dimension) {
        return result.dimensions().stream()
                .filter(d -> d.id().equals(dimension))
                .findFirst()
                .orElseThrow()
                .score();
    }

    /** The questions visible only through the given one, directly or through others. */
    private Set<String> gatedOn(String root) {
        Set<String> gated = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            ShowIf showIf = question.showIf();
            if (showIf != null && (showIf.questionId().equals(root) || gated.contains(showIf.questionId()))) {
                gated.add(question.id());
            }
        }
        return gated;
    }
}
