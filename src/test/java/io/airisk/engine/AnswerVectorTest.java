package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerVectorTest {

    static Stream<ScoringEngine> engines() {
        return Stream.of(Questionnaires.v1Engine(), Questionnaires.v2Engine(), Questionnaires.v3Engine());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldScoreWhatItWasWrittenFrom(ScoringEngine engine) {
        AnswerSets sets = new AnswerSets(engine);
        Random random = new Random(27);
        for (int i = 0; i < 500; i++) {
            Map<String, Answer> answers = engine.withoutHidden(sets.random(random));
            ScoreResult result = engine.score(answers);

            Map<String, Answer> read = engine.parseVector(result.vector());

            assertThat(read).as(result.vector()).isEqualTo(answers);
            assertThat(engine.score(read)).isEqualTo(result);
        }
    }

    @Test
    void shouldWriteCanonically() {
        ScoringEngine engine = Questionnaires.v3Engine();
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("signals.decision_triggers", false);
        answers.put("reasoning.critical_areas", List.of("finance", "planning"));
        answers.put("reasoning.failure_impact", 4);
        answers.put("llm.production_use", "core");

        String vector = engine.score(engine.parse(answers)).vector();

        // questions in the questionnaire's order, options in their question's order
        assertThat(vector).isEqualTo("AIRISK:3.0/LPU:core/RCA:planning+finance/RFI:4/SDT:false");
        assertThat(engine.parseVector("AIRISK:3.0/SDT:false/RFI:4/RCA:finance+planning/LPU:core"))
                .isEqualTo(engine.parse(answers));
    }

    @Test
    void shouldLeaveOutAnswersThatDoNotCount() {
        ScoringEngine engine = Questionnaires.v3Engine();
        Map<String, Answer> answers =
                engine.parse(Map.of("llm.production_use", "none", "llm.revenue_share", "10_to_25"));
        assertThat(engine.hiddenAnswers(answers)).containsExactly("llm.revenue_share");

        assertThat(engine.score(answers).vector()).isEqualTo("AIRISK:3.0/LPU:none");
    }

    @Test
    void shouldNameEveryBadPart() {
        ScoringEngine engine = Questionnaires.v3Engine();

        assertThatThrownBy(() -> engine.parseVector("AIRISK:3.0/LPU:core/XYZ:1/LPU:none/lpu:core/LRS:"))
                .isInstanceOfSatisfying(
                        InvalidVectorException.class,
                        invalid -> assertThat(invalid.faults())
                                .containsExactly(
                                        "'XYZ:1': no question of v3 has the code 'XYZ'",
                                        "'LPU:none': LPU is answered twice",
                                        "'lpu:core' must be code:value, such as 'LPU:core'",
                                        "'LRS:' must be code:value, such as 'LPU:core'"));
        assertThatThrownBy(() -> engine.parseVector("AIRISK:3.0/LPU:sometimes/RFI:9/SDT:maybe"))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(AnswerError::questionId)
                                .containsExactly(
                                        "llm.production_use", "reasoning.failure_impact", "signals.decision_triggers"));
    }

    @Test
    void shouldReadTheVersionFromTheFirstPart() {
        assertThat(AnswerVector.version("AIRISK:3.0/LPU:core")).isEqualTo("v3");
        assertThat(AnswerVector.version("AIRISK:12.0")).isEqualTo("v12");
        assertThat(AnswerVector.label("v3")).isEqualTo("3.0");
        for (String bad : List.of("CVSS:3.1/AV:N", "AIRISK:3.1/LPU:core", "AIRISK:/LPU:core", "airisk:3.0", "")) {
            assertThatThrownBy(() -> AnswerVector.version(bad)).as(bad).isInstanceOf(InvalidVectorException.class);
        }
        assertThatThrownBy(() -> AnswerVector.version("AIRISK:3.0/" + "LPU:core/".repeat(1000)))
                .hasMessageContaining("longer than 1000");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shouldFitTheLongestAnswersOfEveryVersion(ScoringEngine engine) {
        String riskiest =
                engine.score(Questionnaires.riskiest(engine.questionnaire())).vector();

        assertThat(AnswerVector.longest(engine.questionnaire()))
                .isGreaterThanOrEqualTo(riskiest.length())
                .isLessThanOrEqualTo(AnswerVector.MAX_LENGTH);
    }

    @Test
    void shouldGiveEveryQuestionTheInitialsOfItsIdUnlessItDeclaresACode() {
        Questionnaire v2 = Questionnaires.v2();

        assertThat(v2.question("llm.production_use").code()).isEqualTo("LPU");
        assertThat(v2.question("talent.research_reliance").code()).isEqualTo("TRL");
        assertThat(v2.question("talent.research_reporting").code()).isEqualTo("TRP");
    }
}
