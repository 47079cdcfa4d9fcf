package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Answer;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.RiskBand;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import io.airisk.engine.TargetPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The targets worked example of docs/methodology.md is what the engine computes: the worked
 * example's way to the MODERATE band, step by step. {@link #main} prints the block to paste.
 */
class TargetExampleTest {

    static final String START = "<!-- target-example (examples/worked-example-answers.json, overall: MODERATE) -->";
    static final String END = "<!-- /target-example -->";

    static String block() throws IOException {
        ScoringEngine engine = Questionnaires.v3Engine();
        Map<String, Answer> answers = engine.parse(new ObjectMapper()
                .readValue(
                        Path.of("examples", "worked-example-answers.json").toFile(),
                        new TypeReference<Map<String, Object>>() {}));
        ScoreResult result = engine.score(answers);
        double ceiling = engine.ceilingOf(RiskBand.MODERATE);
        TargetPath path = engine.pathTo(answers, null, ceiling);
        StringBuilder block = new StringBuilder(START).append('\n');
        block.append("| step | recommendation | its own expected reduction | index after it |\n");
        block.append("|---:|---|---:|---:|\n");
        block.append(String.format(Locale.ROOT, "| | today | | %.2f |%n", path.current()));
        for (int i = 0; i < path.steps().size(); i++) {
            String id = path.steps().get(i);
            ScoreResult.Recommendation step = result.recommendations().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            block.append(String.format(
                    Locale.ROOT,
                    "| %d | %s (`%s`) | %.2f | %.2f |%n",
                    i + 1,
                    step.title(),
                    id,
                    step.expectedRiskReduction(),
                    path.afterEach().get(i)));
        }
        block.append(String.format(
                Locale.ROOT,
                "| | **ceiling of MODERATE %.2f: distance %.2f, %s** | | **%.2f** |%n",
                ceiling,
                path.distance(),
                path.reached() ? "reached" : "not reached",
                path.after()));
        return block.append(END).toString();
    }

    @Test
    void shouldMatchWhatTheEngineComputes() throws IOException {
        assertThat(Files.readString(Path.of("docs", "methodology.md"))).contains(block());
    }

    public static void main(String[] args) throws IOException {
        System.out.println(block());
    }
}
