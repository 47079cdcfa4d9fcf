package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Moving v2 answers to v3, and explaining the difference to the cent. */
class VersionMoveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final VersionMove move = new VersionMove(Questionnaires.v2Engine(), Questionnaires.v3Engine());

    /** Every answer set of the v2 golden replay: complete, partial, riskiest, safest, none. */
    static Stream<JsonNode> goldenCases() throws IOException {
        try (InputStream in = VersionMoveTest.class.getResourceAsStream("/golden/v2-results.json")) {
            List<JsonNode> cases = new ArrayList<>();
            JSON.readTree(in).path("cases").forEach(cases::add);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    @SuppressWarnings("unchecked")
    void shouldExplainTheWholeChangeToTheCent(JsonNode golden) {
        Map<String, Answer> answers =
                Questionnaires.v2Engine().parse(JSON.convertValue(golden.path("answers"), Map.class));

        VersionMove.Comparison comparison = move.compare(answers);

        assertThat(comparison.fromIndex())
                .isEqualTo(golden.path("result").path("overallRisk").doubleValue());
        assertThat(comparison.toIndex()).isEqualTo(comparison.result().overallRisk());
        long sum = Math.round(comparison.methodEffect() * 100);
        for (VersionMove.Effect effect : comparison.effects()) {
            sum += Math.round(effect.effect() * 100);
        }
        assertThat(sum).isEqualTo(Math.round((comparison.toIndex() - comparison.fromIndex()) * 100));
        assertThat(Math.round(comparison.change() * 100)).isEqualTo(sum);
        // What needs an answer is counted as unknown wherever that is allowed, so the range shows it.
        List<String> countedUnknown = comparison.result().unknowns().stream()
                .map(ScoreResult.UnknownAnswer::questionId)
                .toList();
        assertThat(comparison.needsAnswer())
                .filteredOn(id -> Questionnaires.v3().question(id).allowsUnknown())
                .allSatisfy(id -> assertThat(countedUnknown).contains(id));
    }

    @Test
    void shouldCarryMappedAnswersAndListTheQuestionsLeftToAnswer() {
        Map<String, Answer> v2 = Map.of(
                "llm.production_use", new Answer.Choice("core"),
                "llm.generation_tuning", new Answer.Choice("weeks"),
                "adapt.last_replatform", new Answer.Choice("never"),
                "infra.weights_and_data", new Answer.Choice("own_data"),
                "llm.finetune_spend_share", new Answer.Choice("10_to_25"),
                "talent.research_reliance", new Answer.Choice("central"));

        VersionMove.Moved moved = move.move(v2);

        assertThat(moved.answers())
                .containsEntry("llm.production_use", new Answer.Choice("core"))
                .containsEntry("llm.upgrade_rework", new Answer.Choice("some"))
                .containsEntry("infra.finetuned_weights", new Answer.Choice("provider_keeps"))
                .containsEntry("infra.training_data", new Answer.Choice("yes"))
                .doesNotContainKey("adapt.last_replatform");
        // "never" in v2 merged "never done" and "abandoned", which v3 tells apart.
        assertThat(moved.unmapped()).containsExactly("adapt.last_replatform");
        assertThat(moved.toAnswer())
                .contains("adapt.last_replatform", "reasoning.product_reasoning", "talent.key_people");
        assertThat(Questionnaires.v3Engine().missingRequired(moved.answers())).isEqualTo(moved.toAnswer());
    }

    @Test
    void shouldRefuseAMigrationThatDoesNotFit() {
        assertThatThrownBy(() -> new VersionMove(Questionnaires.v1Engine(), Questionnaires.v3Engine()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("migration.from is 'v2', not 'v1'");
    }
}
