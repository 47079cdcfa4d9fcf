package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineTest {

    private final ScoringEngine engine = Questionnaires.v1Engine();
    private final Questionnaire v1 = Questionnaires.v1();

    @Test
    void shouldReachOneHundredEverywhereWhenEveryAnswerIsAtItsRiskiest() {
        ScoreResult result = engine.score(Questionnaires.riskiest(v1));

        assertThat(result.overallRisk()).isEqualTo(100.0);
        assertThat(result.band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(result.dimensions()).allSatisfy(d -> assertThat(d.score()).isEqualTo(100.0));
        assertThat(result.completeness()).isEqualTo(1.0);
    }

    @Test
    void shouldStayBelowOneHundredWhenAnyRiskiestAnswerIsLowered() {
        Map<String, Answer> riskiest = Questionnaires.riskiest(v1);
        for (Question question : v1.questions()) {
            Map<String, Answer> lowered = new LinkedHashMap<>(riskiest);
            lowered.put(question.id(), Risk.lowestRiskAnswer(question));

            assertThat(engine.exactOverall(lowered)).as(question.id()).isLessThan(100.0);
        }
    }

    @Test
    void shouldAddContributionsUpToEachDimensionScoreAndTermsUpToTheIndex() {
        ScoreResult result = engine.score(engine.parse(Questionnaires.exposedCompany()));

        for (ScoreResult.DimensionScore dimension : result.dimensions()) {
            assertThat(cents(dimension.contributions().stream()
                            .mapToDouble(ScoreResult.Contribution::points)
                            .sum()))
                    .as(dimension.id())
                    .isEqualTo(cents(dimension.score()));
        }
        assertThat(cents(result.overallTerms().stream()
                        .mapToDouble(ScoreResult.OverallTerm::points)
                        .sum()))
                .isEqualTo(cents(result.overallRisk()));
    }

    @Test
    void shouldComputeEachContributionFromWeightRiskAndDimensionMaximum() {
        // LLM_DEPENDENCE: all five questions have a riskiest answer of 1, weights 2+3+2+2+2 = 11.
        ScoreResult result = engine.score(engine.parse(Map.of("llm.production_use", "core", "llm.process_share", 40)));

        ScoreResult.DimensionScore dependence = dimension(result, "LLM_DEPENDENCE");
        assertThat(dependence.contributions())
                .extracting(ScoreResult.Contribution::questionId)
                .containsExactly("llm.production_use", "llm.process_share");
        assertThat(dependence.contributions().get(0).points()).isEqualTo(18.18); // 100 * 2 * 1.0 / 11
        assertThat(dependence.contributions().get(1).points()).isEqualTo(7.27); // 100 * 2 * 0.4 / 11
        assertThat(dependence.score()).isEqualTo(25.45); // 100 * 2.8 / 11
    }

    @Test
    void shouldCombineMultiChoiceRisksAsProbabilisticSum() {
        ScoreResult result =
                engine.score(engine.parse(Map.of("reasoning.critical_use", List.of("planning", "code_to_production"))));

        // 1 - (1 - 0.6)(1 - 0.5) = 0.8
        assertThat(dimension(result, "REASONING_GAP").contributions().get(0).risk())
                .isEqualTo(0.8);
    }

    @Test
    void shouldMapNumbersAndScalesLinearlyInTheirPublishedDirection() {
        ScoreResult result = engine.score(engine.parse(Map.of(
                "llm.production_use",
                "core",
                "infra.commitment_years",
                2.5,
                "infra.switching_cost",
                2,
                "infra.exit_clauses",
                true,
                "talent.key_people",
                true)));

        assertThat(risk(result, "INFRA_LOCK_IN", "infra.commitment_years")).isEqualTo(0.25);
        assertThat(risk(result, "INFRA_LOCK_IN", "infra.switching_cost")).isEqualTo(0.25);
        assertThat(risk(result, "INFRA_LOCK_IN", "infra.exit_clauses")).isEqualTo(0.0); // DESCENDING: true is safe
        assertThat(risk(result, "RESEARCH_TALENT", "talent.key_people")).isEqualTo(1.0); // ASCENDING: true is risky
    }

    @Test
    void shouldIgnoreAnswersToHiddenQuestions() {
        Map<String, Answer> withHidden =
                engine.parse(Map.of("llm.production_use", "none", "llm.revenue_share", "over_50"));
        Map<String, Answer> without = engine.parse(Map.of("llm.production_use", "none"));

        assertThat(engine.hiddenAnswers(withHidden)).containsExactly("llm.revenue_share");
        assertThat(engine.score(withHidden)).isEqualTo(engine.score(without));
        assertThat(engine.withoutHidden(withHidden)).isEqualTo(without);
    }

    @Test
    void shouldNotRequireHiddenQuestions() {
        Map<String, Object> answers = new HashMap<>(Questionnaires.exposedCompany());
        answers.keySet().removeIf(id -> v1.question(id).showIf() != null);
        answers.put("llm.production_use", "none");
        answers.put("reasoning.critical_use", List.of("none"));

        assertThat(engine.missingRequired(engine.parse(answers))).isEmpty();
        assertThat(engine.score(engine.parse(answers)).completeness()).isEqualTo(1.0);
    }

    @Test
    void shouldReportCompletenessOverVisibleQuestions() {
        // "none" hides 7 questions, and verification waits for critical_use: 21 of 29 are visible.
        ScoreResult result =
                engine.score(engine.parse(Map.of("llm.production_use", "none", "signals.owner", "nobody")));

        assertThat(result.completeness()).isEqualTo(Math.round(10_000.0 * 2 / 21) / 10_000.0);
    }

    @Test
    void shouldListMissingRequiredQuestionsInQuestionnaireOrder() {
        Map<String, Object> answers = new HashMap<>(Questionnaires.exposedCompany());
        answers.remove("signals.owner");
        answers.remove("llm.revenue_share");

        assertThat(engine.missingRequired(engine.parse(answers))).containsExactly("llm.revenue_share", "signals.owner");
    }

    /** One NUMBER question from 0 to 100 in one dimension: the index is the answer itself. */
    private static final ScoringEngine ONE_QUESTION = new ScoringEngine(Questionnaires.parse("""
            {"version": "bands", "title": "Bands", "notice": "Test.",
             "dimensions": [{"id": "D", "name": "D", "weight": 1}],
             "bands": [{"id": "LOW", "min": 0}, {"id": "MODERATE", "min": 25}, {"id": "HIGH", "min": 50},
                       {"id": "CRITICAL", "min": 75}],
             "questions": [{"id": "d.value", "dimension": "D", "type": "NUMBER", "weight": 1, "references": ["R1"],
                            "min": 0, "max": 100, "unit": "points", "riskDirection": "ASCENDING",
                            "text": "Value?", "help": "The index itself."}]}
            """));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0, LOW",
        "24.99, LOW",
        "25, MODERATE",
        "49.99, MODERATE",
        "50, HIGH",
        "74.99, HIGH",
        "75, CRITICAL",
        "100, CRITICAL"
    })
    void shouldMapTheIndexToTheBandWhoseThresholdItReaches(double index, RiskBand band) {
        ScoreResult result = ONE_QUESTION.score(ONE_QUESTION.parse(Map.of("d.value", index)));

        assertThat(result.overallRisk()).isEqualTo(index);
        assertThat(result.band()).isEqualTo(band);
    }

    @Test
    void shouldMeasureEachRecommendationsReductionByRescoringWithTriggersMovedToLowestRisk() {
        Map<String, Answer> answers = engine.parse(Questionnaires.exposedCompany());
        ScoreResult result = engine.score(answers);

        assertThat(result.recommendations()).isNotEmpty();
        for (ScoreResult.Recommendation recommendation : result.recommendations()) {
            Map<String, Answer> moved = new LinkedHashMap<>(answers);
            for (String questionId : recommendation.triggeredBy()) {
                moved.put(questionId, Risk.lowestRiskAnswer(v1.question(questionId)));
            }
            double expected = cents(result.overallRisk() - engine.score(moved).overallRisk()) / 100.0;
            assertThat(recommendation.expectedRiskReduction())
                    .as(recommendation.id())
                    .isEqualTo(expected);
            assertThat(recommendation.expectedRiskReduction())
                    .as(recommendation.id())
                    .isPositive();
        }
    }

    @Test
    void shouldOrderRecommendationsByExpectedRiskReductionLargestFirst() {
        ScoreResult result = engine.score(engine.parse(Questionnaires.exposedCompany()));

        assertThat(result.recommendations())
                .extracting(ScoreResult.Recommendation::expectedRiskReduction)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldNameTheTriggeringAnswersAndTheArticlesRecommendation() {
        ScoreResult result = engine.score(engine.parse(Questionnaires.exposedCompany()));

        ScoreResult.Recommendation verify = result.recommendations().stream()
                .filter(r -> r.id().equals("verify-reasoning-output"))
                .findFirst()
                .orElseThrow();
        assertThat(verify.reference()).isEqualTo("R3");
        assertThat(verify.triggeredBy()).containsExactly("reasoning.verification");
        assertThat(result.recommendations())
                .allSatisfy(r -> assertThat(r.reference()).matches("R[1-8]"));
    }

    @Test
    void shouldNotFireRecommendationsForLowRiskAnswers() {
        ScoreResult result = engine.score(Questionnaires.safest(v1));

        assertThat(result.recommendations()).isEmpty();
    }

    @Test
    void shouldLowerTheCompoundRiskSubstantiallyWhenReasoningOutputIsVerified() {
        Map<String, Object> unverified = new LinkedHashMap<>(Questionnaires.exposedCompany());
        unverified.put("reasoning.verification", "none");
        Map<String, Object> verified = new LinkedHashMap<>(unverified);
        verified.put("reasoning.verification", "independent");

        ScoreResult before = engine.score(engine.parse(unverified));
        ScoreResult after = engine.score(engine.parse(verified));

        double compoundBefore = term(before, "DEPENDENCE_X_REASONING").value();
        double compoundAfter = term(after, "DEPENDENCE_X_REASONING").value();
        assertThat(compoundAfter).isLessThan(compoundBefore * 0.7);
        assertThat(before.overallRisk() - after.overallRisk()).isGreaterThan(5.0);
    }

    @Test
    void shouldScoreLowStakesVerifiedSwitchableLlmUseAsLow() {
        Map<String, Object> answers = new LinkedHashMap<>();
        Questionnaires.safest(v1).forEach((id, answer) -> answers.put(id, answer.toJson()));
        answers.put("llm.production_use", "supporting");
        answers.put("llm.revenue_share", "under_10");

        assertThat(engine.score(engine.parse(answers)).band()).isEqualTo(RiskBand.LOW);
    }

    @Test
    void shouldGiveTheSameResultForTheSameAnswers() {
        Map<String, Object> answers = Questionnaires.exposedCompany();

        assertThat(engine.score(engine.parse(answers))).isEqualTo(new ScoringEngine(v1).score(engine.parse(answers)));
    }

    @Test
    void shouldScoreNoAnswersAsZeroWithZeroCompleteness() {
        ScoreResult result = engine.score(Map.of());

        assertThat(result.overallRisk()).isZero();
        assertThat(result.completeness()).isZero();
        assertThat(result.dimensions())
                .allSatisfy(d -> assertThat(d.contributions()).isEmpty());
    }

    @Test
    void shouldCarryTheNoticeThatTheIndexIsOneSchoolOfThought() {
        assertThat(engine.score(Map.of()).notice()).contains("not a forecast").contains("not a return on investment");
    }

    @Test
    void shouldRoundToTheCent() {
        ScoreResult result = engine.score(engine.parse(Questionnaires.exposedCompany()));

        assertThat(BigDecimal.valueOf(result.overallRisk()).scale()).isLessThanOrEqualTo(2);
        assertThat(result.overallRisk())
                .isCloseTo(engine.exactOverall(engine.parse(Questionnaires.exposedCompany())), within(0.05));
    }

    static long cents(double value) {
        return Math.round(value * 100);
    }

    static ScoreResult.DimensionScore dimension(ScoreResult result, String id) {
        return result.dimensions().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static ScoreResult.OverallTerm term(ScoreResult result, String id) {
        return result.overallTerms().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static double risk(ScoreResult result, String dimension, String questionId) {
        return dimension(result, dimension).contributions().stream()
                .filter(c -> c.questionId().equals(questionId))
                .findFirst()
                .orElseThrow()
                .risk();
    }
}
