package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A question in dispute: respondents gave different answers, of which one counts. The range then
 * spans the index with the least and the most risky answer given, whatever the others are.
 */
class DisputedRangeTest {

    private final ScoringEngine engine = Questionnaires.v3Engine();
    private final Random random = new Random(29);

    @Test
    void shouldChooseTheRiskiestAnswerAndTheFirstOfEquals() {
        List<Answer> given =
                List.of(new Answer.Choice("under_10"), new Answer.Choice("50_or_more"), new Answer.Choice("none"));
        assertThat(engine.riskiest("llm.revenue_share", given)).isEqualTo(new Answer.Choice("50_or_more"));
        List<Answer> equal = List.of(new Answer.Choice("10_to_25"), new Answer.Choice("10_to_25"));
        assertThat(engine.riskiest("llm.revenue_share", equal)).isSameAs(equal.get(0));
    }

    @RepeatedTest(50)
    void shouldSpanTheIndexOfEachAnswerGivenWithoutUnknowns() {
        Map<String, Answer> answers = engine.withoutHidden(known(complete()));
        // Any shown question, those that show or hide others included, and two known answers to it.
        List<String> shown = List.copyOf(answers.keySet());
        Question question = engine.questionnaire().question(shown.get(random.nextInt(shown.size())));
        Answer a = knownAnswer(question);
        Answer b = knownAnswer(question);
        Answer riskier = engine.riskiest(question.id(), List.of(a, b));
        Answer safer = riskier == a ? b : a;

        ScoreResult result = engine.score(with(answers, question.id(), riskier), Map.of(question.id(), List.of(a, b)));
        double ifRiskier = indexWith(answers, question.id(), riskier);
        double ifSafer = indexWith(answers, question.id(), safer);
        assertThat(result.overallRisk()).isEqualTo(ifRiskier);
        assertThat(result.range().low()).isEqualTo(Math.min(ifSafer, ifRiskier));
        assertThat(result.range().high()).isEqualTo(ifRiskier);
    }

    @Test
    void shouldCountTheQuestionsThatADisputedAnswerHides() {
        Map<String, Answer> answers = known(complete());
        answers.put("llm.production_use", new Answer.Choice("core"));
        List<Answer> given = List.of(new Answer.Choice("pilots"), new Answer.Choice("core"));
        ScoreResult result = engine.score(answers, Map.of("llm.production_use", given));
        double ifPilots = indexWith(answers, "llm.production_use", new Answer.Choice("pilots"));
        assertThat(ifPilots).isLessThan(result.overallRisk());
        assertThat(result.range().low()).isEqualTo(ifPilots);
        assertThat(result.range().high()).isEqualTo(result.overallRisk());
    }

    /** The index with that answer, the questions it hides dropped and those it shows counted as answered. */
    private double indexWith(Map<String, Answer> answers, String questionId, Answer answer) {
        return engine.score(engine.withoutHidden(with(answers, questionId, answer)))
                .overallRisk();
    }

    private Answer knownAnswer(Question question) {
        Answer answer = AnswerSets.answer(question, random);
        while (answer instanceof Answer.Unknown) {
            answer = AnswerSets.answer(question, random);
        }
        return answer;
    }

    @Test
    void shouldWidenTheRangeOfUnknownAnswersByTheDisputedOnes() {
        Map<String, Answer> answers = complete();
        answers.put("talent.senior_attrition", Answer.Unknown.INSTANCE);
        answers.put("llm.revenue_share", new Answer.Choice("25_to_50"));
        answers.put("llm.production_use", new Answer.Choice("core"));
        Map<String, Answer> counted = engine.withoutHidden(answers);
        ScoreResult alone = engine.score(counted);
        ScoreResult disputed = engine.score(
                counted,
                Map.of("llm.revenue_share", List.of(new Answer.Choice("none"), new Answer.Choice("25_to_50"))));
        assertThat(disputed.overallRisk()).isEqualTo(alone.overallRisk());
        assertThat(disputed.range().high()).isEqualTo(alone.range().high());
        assertThat(disputed.range().low()).isLessThan(alone.range().low());
        assertThat(engine.score(counted, Map.of())).isEqualTo(alone);
    }

    private Map<String, Answer> complete() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : engine.questionnaire().questions()) {
            answers.put(question.id(), AnswerSets.answer(question, random));
        }
        return answers;
    }

    private static Map<String, Answer> known(Map<String, Answer> answers) {
        Map<String, Answer> known = new LinkedHashMap<>();
        answers.forEach((id, answer) -> {
            if (!(answer instanceof Answer.Unknown)) {
                known.put(id, answer);
            }
        });
        return known;
    }

    private static Map<String, Answer> with(Map<String, Answer> answers, String id, Answer answer) {
        Map<String, Answer> changed = new LinkedHashMap<>(answers);
        changed.put(id, answer);
        return changed;
    }
}
