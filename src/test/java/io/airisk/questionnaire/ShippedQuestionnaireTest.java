package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.engine.Question;
import io.airisk.engine.QuestionType;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.QuestionnaireValidator;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.RecommendationRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the questionnaire that ships, as DOMAIN.md asks of it. */
class ShippedQuestionnaireTest {

    private static final Set<String> DIMENSIONS = Set.of(
            "LLM_DEPENDENCE", "REASONING_GAP", "INFRA_LOCK_IN", "ADAPTABILITY", "RESEARCH_TALENT", "SIGNAL_BLINDNESS");

    private final Questionnaire v1 = Questionnaires.v1();

    @Test
    void shouldBeValid() {
        assertThat(QuestionnaireValidator.validate(v1)).isEmpty();
    }

    @Test
    void shouldHaveTwentyToThirtyQuestionsWithUniqueIds() {
        List<String> ids = v1.questions().stream().map(Question::id).toList();

        assertThat(ids).hasSizeBetween(20, 30).doesNotHaveDuplicates();
    }

    @Test
    void shouldCoverTheSixDimensionsEachWithQuestions() {
        assertThat(v1.dimensions()).extracting(d -> d.id()).containsExactlyInAnyOrderElementsOf(DIMENSIONS);
        Map<String, Long> perDimension =
                v1.questions().stream().collect(Collectors.groupingBy(Question::dimension, Collectors.counting()));
        assertThat(perDimension.keySet()).isEqualTo(DIMENSIONS);
        assertThat(perDimension.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(3));
    }

    @Test
    void shouldTraceEveryArticleRecommendationToQuestionsAndRules() {
        Set<String> byQuestions = new HashSet<>();
        v1.questions().forEach(q -> byQuestions.addAll(q.references()));
        Set<String> byRules =
                v1.recommendations().stream().map(RecommendationRule::reference).collect(Collectors.toSet());

        assertThat(byQuestions).isEqualTo(QuestionnaireValidator.REFERENCES);
        assertThat(byRules).isEqualTo(QuestionnaireValidator.REFERENCES);
    }

    @Test
    void shouldMakeEveryShowIfReferToAnEarlierQuestion() {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < v1.questions().size(); i++) {
            position.put(v1.questions().get(i).id(), i);
        }
        for (int i = 0; i < v1.questions().size(); i++) {
            Question question = v1.questions().get(i);
            if (question.showIf() != null) {
                assertThat(position.get(question.showIf().questionId()))
                        .as(question.id())
                        .isNotNull()
                        .isLessThan(i);
            }
        }
    }

    @Test
    void shouldExplainEachQuestionWithHelpNamingItsRecommendations() {
        assertThat(v1.questions()).allSatisfy(q -> {
            assertThat(q.help()).as(q.id()).hasSizeGreaterThan(40);
            assertThat(q.references())
                    .as(q.id())
                    .allSatisfy(r -> assertThat(q.help()).contains(r));
        });
    }

    @Test
    void shouldUseEveryQuestionType() {
        assertThat(v1.questions()).extracting(Question::type).containsAll(List.of(QuestionType.values()));
    }

    @Test
    void shouldOfferDontKnowWhereRespondentsOftenDoNotKnowAndScoreItMidToHigh() {
        List<Question> withUnknown = v1.questions().stream()
                .filter(q -> q.options() != null && q.option("unknown") != null)
                .toList();

        assertThat(withUnknown).hasSizeGreaterThanOrEqualTo(5);
        assertThat(withUnknown)
                .allSatisfy(
                        q -> assertThat(q.option("unknown").risk()).as(q.id()).isBetween(0.5, 0.9));
    }

    @Test
    void shouldScoreRoadmapTalkLikeNothing() {
        Question pilot = v1.question("adapt.world_model_pilot");

        assertThat(pilot.option("roadmap_only").risk())
                .isEqualTo(pilot.option("no").risk());
    }

    @Test
    void shouldTreatSelfHostingOnOwnedComputeAsLockInToo() {
        Question hosting = v1.question("infra.hosting");

        assertThat(hosting.option("self_hosted_owned").risk())
                .isEqualTo(hosting.option("single_provider_api").risk());
    }
}
