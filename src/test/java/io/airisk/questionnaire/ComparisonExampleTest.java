package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.VersionMove;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The comparison worked example of docs/methodology.md is what the engine computes, row by row. */
class ComparisonExampleTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| (.+?) \\| (METHOD|CARRIED|NEEDS_ANSWER|DROPPED) \\|.*?\\| (-?[\\d.]+) \\|$");
    private static final Pattern CHANGE =
            Pattern.compile("^\\| \\*\\*change, ([\\d.]+) to ([\\d.]+)\\*\\* \\| \\| \\| \\*\\*(-?[\\d.]+)\\*\\* \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z_]+\\.[a-z0-9_]+)`");

    @Test
    void shouldMatchWhatTheEngineComputes() throws IOException {
        Map<String, Object> answers = new ObjectMapper()
                .readValue(
                        Path.of("examples", "v2-worked-example-answers.json").toFile(),
                        new TypeReference<Map<String, Object>>() {});
        VersionMove.Comparison comparison = new VersionMove(Questionnaires.v2Engine(), Questionnaires.v3Engine())
                .compare(Questionnaires.v2Engine().parse(answers));

        List<String> lines = Files.readAllLines(Path.of("docs", "methodology.md"));
        int start = lines.indexOf("<!-- compare-example (examples/v2-worked-example-answers.json) -->");
        int end = lines.indexOf("<!-- /compare-example -->");
        assertThat(start).isNotNegative();
        List<VersionMove.Effect> seen = new ArrayList<>();
        boolean method = false;
        boolean change = false;
        for (String line : lines.subList(start, end)) {
            Matcher m;
            if ((m = ROW.matcher(line)).matches()) {
                double effect = Double.parseDouble(m.group(3));
                if (m.group(2).equals("METHOD")) {
                    assertThat(effect).isEqualTo(comparison.methodEffect());
                    method = true;
                    continue;
                }
                VersionMove.Effect row = find(comparison, m.group(1), VersionMove.EffectKind.valueOf(m.group(2)));
                assertThat(effect).as(m.group(1)).isEqualTo(row.effect());
                seen.add(row);
            } else if ((m = CHANGE.matcher(line)).matches()) {
                assertThat(Double.parseDouble(m.group(1))).isEqualTo(comparison.fromIndex());
                assertThat(Double.parseDouble(m.group(2))).isEqualTo(comparison.toIndex());
                assertThat(Double.parseDouble(m.group(3))).isEqualTo(comparison.change());
                change = true;
            }
        }
        assertThat(method).as("the method's row").isTrue();
        assertThat(change).as("the change's row").isTrue();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(comparison.effects());
    }

    /** The effect whose questions the row names first (v3's, or the dropped v2 one). */
    private static VersionMove.Effect find(
            VersionMove.Comparison comparison, String cell, VersionMove.EffectKind kind) {
        Matcher code = CODE.matcher(cell);
        assertThat(code.find()).as(cell).isTrue();
        String first = code.group(1);
        return comparison.effects().stream()
                .filter(e -> e.kind() == kind)
                .filter(e -> (e.questionIds().isEmpty() ? e.fromQuestionIds() : e.questionIds())
                        .get(0)
                        .equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " effect for " + cell));
    }
}
