package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.airisk.engine.Answer;
import io.airisk.engine.Question;
import io.airisk.engine.QuestionMapping;
import io.airisk.engine.Questionnaire;
import io.airisk.engine.QuestionnaireValidator;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.RecommendationRule;
import io.airisk.engine.Reference;
import io.airisk.engine.ScoreResult;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Questionnaire v3 against the review of v2 that its issue lists, finding by finding. */
class ShippedQuestionnaireV3Test {

    private final Questionnaire v3 = Questionnaires.v3();

    @Test
    void shouldBeValidAskOneThingPerQuestionAndNameWhoShouldAnswer() {
        assertThat(QuestionnaireValidator.validate(v3)).isEmpty();
        assertThat(v3.questions()).allSatisfy(q -> {
            assertThat(q.respondent()).as(q.id()).isNotNull();
            assertThat(q.text().chars().filter(c -> c == '?').count())
                    .as(q.id())
                    .isEqualTo(1);
            assertThat(q.text()).as(q.id()).endsWith("?");
        });
    }

    /** Finding 5 and "respondents see why": the help's last sentence names what it serves and why. */
    @Test
    void shouldEndEveryHelpWithTheRecommendationItServesAndWhy() {
        assertThat(v3.questions()).allSatisfy(q -> {
            String help = q.help();
            String last = help.substring(help.lastIndexOf("Serves "));
            assertThat(last).as(q.id()).startsWith("Serves R").contains(": ").endsWith(".");
            assertThat(last.substring(0, last.indexOf(": "))).as(q.id()).contains(q.references());
            assertThat(last.substring(last.indexOf(": ") + 2)).as(q.id()).hasSizeGreaterThan(30);
            assertThat(help.toLowerCase())
                    .as(q.id())
                    .doesNotContain("riskier")
                    .doesNotContain("scores high")
                    .doesNotContain("outlives the technology")
                    .doesNotContain("has to be made again");
        });
    }

    @Test
    void shouldSayWhatEachRecommendationCodeMeans() {
        assertThat(v3.references())
                .extracting(Reference::id)
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8");
        assertThat(v3.references()).allSatisfy(r -> assertThat(r.summary()).hasSizeBetween(30, 120));
        Set<String> served = new HashSet<>();
        v3.questions().forEach(q -> served.addAll(q.references()));
        assertThat(served).isEqualTo(QuestionnaireValidator.REFERENCES);
        assertThat(v3.recommendations().stream()
                        .map(RecommendationRule::reference)
                        .collect(Collectors.toSet()))
                .isEqualTo(QuestionnaireValidator.REFERENCES);
    }

    /** Finding 3: long-term work is asked of everyone, so having none is a fragility, not a gap. */
    @Test
    void shouldAskEveryoneAboutLongTermWork() {
        assertThat(v3.questions().stream().filter(q -> q.dimension().equals("RESEARCH_TALENT")))
                .allSatisfy(q -> assertThat(q.showIf()).as(q.id()).isNull());
        ScoreResult none = Questionnaires.v3Engine().score(answers(Map.of("talent.long_term_share", "none")));
        ScoreResult strong = Questionnaires.v3Engine().score(answers(Map.of("talent.long_term_share", "20_or_more")));
        assertThat(dimension(none, "RESEARCH_TALENT")).isGreaterThan(dimension(strong, "RESEARCH_TALENT"));
    }

    /** Finding 4: the topics dropped since v1 are asked again, and alternatives are not world models only. */
    @Test
    void shouldAskTheTopicsDroppedSinceV1() {
        assertThat(v3.question("reasoning.agent_autonomy")).isNotNull();
        assertThat(v3.question("infra.llm_commitment_size").text()).contains("budget");
        assertThat(v3.question("talent.key_people").text()).contains("rebuild");
        assertThat(v3.question("adapt.alternative_approaches").text())
                .contains("world models", "simulation", "solvers", "causal");
    }

    /** Finding 5: checks, reversibility and impact are asked only where LLM output triggers actions. */
    @Test
    void shouldNotAskAboutChecksWhereNoCriticalAreaIsTicked() {
        for (String id :
                new String[] {"reasoning.verification", "reasoning.reversibility", "reasoning.failure_impact"}) {
            assertThat(v3.question(id).showIf().questionId()).as(id).isEqualTo("reasoning.critical_areas");
            assertThat(v3.question(id).showIf().anyOf()).as(id).doesNotContain("none");
        }
        assertThat(v3.question("reasoning.verification").option("always_partial"))
                .isNotNull();
        assertThat(v3.question("llm.vendor_readiness").option("switched_earlier"))
                .isNotNull();
        assertThat(v3.question("llm.production_use").option("internal")).isNotNull();
        assertThat(v3.question("adapt.last_replatform").option("abandoned")).isNotNull();
        assertThat(v3.question("adapt.last_replatform").option("never")).isNotNull();
    }

    /** Finding 7: no thesis stated as fact, and nothing about model upgrades for an organisation without LLMs. */
    @Test
    void shouldAdviseAnOrganisationWithoutLlmsOnlyOnWhatAppliesToIt() {
        assertThat(v3.recommendations()).allSatisfy(rule -> {
            assertThat(rule.rationale() + rule.title()).as(rule.id()).doesNotContain("will make");
            assertThat(rule.target()).as(rule.id()).isNotBlank();
            assertThat(rule.effort()).as(rule.id()).isNotNull();
            assertThat(rule.tradeOff()).as(rule.id()).isNotBlank();
        });
        Map<String, Answer> riskiest = new LinkedHashMap<>(Questionnaires.riskiest(v3));
        riskiest.put("llm.production_use", new Answer.Choice("none"));
        ScoreResult result =
                Questionnaires.v3Engine().score(Questionnaires.v3Engine().withoutHidden(riskiest));
        assertThat(result.recommendations())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.title() + r.rationale() + r.target())
                        .as(r.id())
                        .doesNotContainIgnoringCase("upgrade")
                        .doesNotContainIgnoringCase("prompt")
                        .doesNotContainIgnoringCase("provider"));
    }

    /** Moving between versions: every v2 question feeds a v3 one, but the research gate v3 removed. */
    @Test
    void shouldMapEveryV2QuestionButTheResearchGate() {
        Set<String> sources =
                v3.migration().questions().stream().map(QuestionMapping::from).collect(Collectors.toSet());
        Set<String> unmapped = Questionnaires.v2().questions().stream()
                .map(Question::id)
                .filter(id -> !sources.contains(id))
                .collect(Collectors.toSet());
        assertThat(unmapped).containsExactly("talent.research_reliance");
        assertThat(v3.migration().from()).isEqualTo("v2");
    }

    private static Map<String, Answer> answers(Map<String, String> choices) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        choices.forEach((id, option) -> answers.put(id, new Answer.Choice(option)));
        return answers;
    }

    private static double dimension(ScoreResult result, String id) {
        return result.dimensions().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
