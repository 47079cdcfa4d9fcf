package io.airisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change between two answer sets, on one version or across a migration, explained to the cent. */
class ChangeExplainerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Answer>> goldenV2() throws IOException {
        try (InputStream in = ChangeExplainerTest.class.getResourceAsStream("/golden/v2-results.json")) {
            List<Map<String, Answer>> sets = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(in).path("cases")) {
                sets.add(Questionnaires.v2Engine().parse(JSON.convertValue(entry.path("answers"), Map.class)));
            }
            return sets;
        }
    }

    @Test
    void shouldAddUpToEveryObservedChangeOnOneVersionAndAcrossTheMigration() throws IOException {
        List<Map<String, Answer>> sets = goldenV2();
        VersionMove move = new VersionMove(Questionnaires.v2Engine(), Questionnaires.v3Engine());
        for (int i = 1; i < sets.size(); i++) {
            ChangeExplainer.Delta same = ChangeExplainer.explain(
                    Questionnaires.v2Engine(), sets.get(i - 1), Questionnaires.v2Engine(), sets.get(i), null);
            assertAddsUp(same);
            assertThat(same.versionEffect()).isZero();

            Map<String, Answer> later = move.move(sets.get(i)).answers();
            ChangeExplainer.Delta across = ChangeExplainer.explain(
                    Questionnaires.v2Engine(), sets.get(i - 1), Questionnaires.v3Engine(), later, move);
            assertAddsUp(across);
        }
    }

    @Test
    void shouldGiveOneChangedAnswerTheWholeChange() {
        ScoringEngine v3 = Questionnaires.v3Engine();
        Map<String, Answer> before = v3.parse(Map.of("llm.production_use", "core", "llm.revenue_share", "under_10"));
        Map<String, Answer> after = v3.parse(Map.of("llm.production_use", "core", "llm.revenue_share", "50_or_more"));

        ChangeExplainer.Delta delta = ChangeExplainer.explain(v3, before, v3, after, null);

        assertThat(delta.answers()).hasSize(1);
        ChangeExplainer.AnswerEffect effect = delta.answers().get(0);
        assertThat(effect.questionId()).isEqualTo("llm.revenue_share");
        assertThat(effect.before()).isEqualTo("under_10");
        assertThat(effect.after()).isEqualTo("50_or_more");
        assertThat(effect.effect()).isEqualTo(delta.change()).isEqualTo(effect.alone());
        assertThat(delta.interactionShare()).isZero();
    }

    private static void assertAddsUp(ChangeExplainer.Delta delta) {
        long change = Math.round(delta.change() * 100);
        assertThat(change).isEqualTo(Math.round((delta.toIndex() - delta.fromIndex()) * 100));
        long effects = Math.round(delta.versionEffect() * 100);
        long alone = effects + Math.round(delta.interactionShare() * 100);
        for (ChangeExplainer.AnswerEffect answer : delta.answers()) {
            effects += Math.round(answer.effect() * 100);
            alone += Math.round(answer.alone() * 100);
        }
        assertThat(effects).isEqualTo(change);
        assertThat(alone).isEqualTo(change);
    }
}
