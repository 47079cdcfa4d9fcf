package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.engine.Anchor;
import io.airisk.engine.Question;
import io.airisk.engine.QuestionType;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.QuestionnaireValidator;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.RecommendationRule;
import io.airisk.engine.ShowIf;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Questionnaire v2 as its issue asks: one thing per question, anchored, gated, honest about "don't know". */
class ShippedQuestionnaireV2Test {

    private final Questionnaire v2 = Questionnaires.v2();

    @Test
    void shouldBeValidAndShortEnoughToAnswerInAboutTwentyMinutes() {
        assertThat(QuestionnaireValidator.validate(v2)).isEmpty();
        assertThat(v2.questions()).hasSizeBetween(20, 31);
    }

    @Test
    void shouldAskOneThingPerQuestionAndNameWhoShouldAnswer() {
        assertThat(v2.questions()).allSatisfy(q -> {
            assertThat(q.respondent()).as(q.id()).isNotNull();
            assertThat(q.text().chars().filter(c -> c == '?').count())
                    .as(q.id())
                    .isEqualTo(1);
            assertThat(q.text()).as(q.id()).endsWith("?");
        });
    }

    @Test
    void shouldExplainWithoutGivingTheScoringAway() {
        assertThat(v2.questions())
                .allSatisfy(q -> assertThat(q.help().toLowerCase())
                        .as(q.id())
                        .hasSizeGreaterThan(60)
                        .doesNotContain("riskier")
                        .doesNotContain("scores high")
                        .doesNotContain("is the risk"));
    }

    @Test
    void shouldAnchorEveryPointOfEveryScale() {
        assertThat(v2.questions().stream().filter(q -> q.type() == QuestionType.SCALE))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.anchors())
                        .as(q.id())
                        .extracting(Anchor::value)
                        .containsExactlyElementsOf(IntStream.rangeClosed(
                                        q.min().intValue(), q.max().intValue())
                                .boxed()
                                .toList()));
        assertThat(v2.questions()).noneMatch(q -> q.type() == QuestionType.NUMBER);
    }

    @Test
    void shouldScoreDontKnowAboveTheLowestRiskWhereverItIsOffered() {
        Set<Question> offering =
                v2.questions().stream().filter(Question::allowsUnknown).collect(Collectors.toSet());

        assertThat(offering).hasSizeGreaterThanOrEqualTo(v2.questions().size() * 2 / 3);
        assertThat(offering)
                .allSatisfy(q -> assertThat(q.unknownRisk()).as(q.id()).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void shouldAskAboutLlmUseOnlyOfOrganisationsThatUseLlms() {
        Set<String> gated = new HashSet<>(Set.of("llm.production_use"));
        for (Question question : v2.questions()) {
            ShowIf showIf = question.showIf();
            if (showIf != null && gated.contains(showIf.questionId())) {
                gated.add(question.id());
            }
        }
        assertThat(v2.questions().stream()
                        .filter(q -> q.dimension().equals("LLM_DEPENDENCE")
                                || q.dimension().equals("REASONING_GAP"))
                        .map(Question::id))
                .allMatch(gated::contains);
        assertThat(v2.question("talent.senior_attrition").showIf().questionId()).isEqualTo("talent.research_reliance");
    }

    @Test
    void shouldGiveEveryRecommendationItsTargetEffortAndTradeOff() {
        assertThat(v2.recommendations()).allSatisfy(rule -> {
            assertThat(rule.target()).as(rule.id()).isNotBlank();
            assertThat(rule.effort()).as(rule.id()).isNotNull();
            assertThat(rule.tradeOff()).as(rule.id()).isNotBlank();
        });
        Set<String> references = new HashSet<>();
        v2.questions().forEach(q -> references.addAll(q.references()));
        assertThat(references).isEqualTo(QuestionnaireValidator.REFERENCES);
        assertThat(v2.recommendations().stream()
                        .map(RecommendationRule::reference)
                        .collect(Collectors.toSet()))
                .isEqualTo(QuestionnaireValidator.REFERENCES);
    }
}
