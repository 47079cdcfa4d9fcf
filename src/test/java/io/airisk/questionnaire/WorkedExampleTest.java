package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples must be what the engine computes: the current version's in
 * docs/methodology.md, v2's and v1's in docs/methodology-v2.md and docs/methodology-v1.md. Each one's answers are read from its document,
 * scored, and every number of its tables compared.
 */
class WorkedExampleTest {

    /** A contribution row; scaled answers have a factor column before their points. */
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "^\\| `([a-z_]+\\.[a-z0-9_.]+)` \\| ([\\d.]+) \\| `.*` \\| ([\\d.]+) \\| (?:([\\d.]+) \\| )?([\\d.]+) \\|$");

    private static final Pattern DIMENSION_SCORE =
            Pattern.compile("^\\| \\*\\*score\\*\\* \\|.*\\*\\*([\\d.]+)\\*\\* \\|$");
    private static final Pattern DIMENSION_HEADER = Pattern.compile("^\\*\\*([A-Z_]+)\\*\\*: D = .* = ([\\d.]+)$");
    private static final Pattern TERM =
            Pattern.compile("^\\| `([A-Z_]+)` \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|$");
    /** A plan row; from v3 on, its effort and reduction per unit of effort follow. */
    private static final Pattern RECOMMENDATION =
            Pattern.compile("^\\| `([a-z-]+)` \\| (R\\d) \\| (.*?) \\| ([\\d.]+) \\|(?: ([\\d.]+) \\|)?$");

    private static final Pattern UNKNOWN =
            Pattern.compile("^\\| `([a-z_]+\\.[a-z0-9_.]+)` \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|$");
    private static final Pattern BUNDLE =
            Pattern.compile("^\\| `([A-Z_]+)` \\| `([a-z-]+)`, `([a-z-]+)` \\| ([\\d.]+) \\| ([\\d.]+) \\|$");
    private static final Pattern OVERALL = Pattern.compile("^\\*\\*Overall index: ([\\d.]+) \\(([A-Z]+)\\)\\*\\*$");
    private static final Pattern RANGE =
            Pattern.compile("^\\*\\*Range with the unknown answers known: ([\\d.]+) to ([\\d.]+)\\*\\*$");

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("docs/methodology.md", Questionnaires.v3Engine(), "worked-example-answers.json"),
                Arguments.of("docs/methodology-v2.md", Questionnaires.v2Engine(), "v2-worked-example-answers.json"),
                Arguments.of("docs/methodology-v1.md", Questionnaires.v1Engine(), "v1-worked-example-answers.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void shouldMatchWhatTheEngineComputes(String document, ScoringEngine engine, String answersFile)
            throws IOException {
        List<String> lines = Files.readAllLines(Path.of(document));
        ScoreResult result = engine.score(engine.parse(answers(lines, answersFile)));

        List<String> seen = new ArrayList<>();
        String dimension = null;
        for (String line : lines) {
            Matcher m;
            if ((m = DIMENSION_HEADER.matcher(line)).matches()) {
                dimension = m.group(1);
                seen.add(dimension);
            } else if ((m = CONTRIBUTION.matcher(line)).matches()) {
                ScoreResult.Contribution contribution = contribution(result, dimension, m.group(1));
                assertThat(Double.parseDouble(m.group(2)))
                        .as(m.group(1) + " weight")
                        .isEqualTo(contribution.weight());
                assertThat(Double.parseDouble(m.group(3)))
                        .as(m.group(1) + " risk")
                        .isEqualTo(contribution.risk());
                if (m.group(4) != null) {
                    // An unscaled answer beside scaled ones shows a factor of 1.
                    assertThat(Double.parseDouble(m.group(4)))
                            .as(m.group(1) + " factor")
                            .isEqualTo(contribution.factor() == null ? 1.0 : contribution.factor());
                }
                assertThat(Double.parseDouble(m.group(5)))
                        .as(m.group(1) + " points")
                        .isEqualTo(contribution.points());
                seen.add(m.group(1));
            } else if ((m = DIMENSION_SCORE.matcher(line)).matches()) {
                assertThat(Double.parseDouble(m.group(1)))
                        .as(dimension + " score")
                        .isEqualTo(dimension(result, dimension).score());
            } else if ((m = TERM.matcher(line)).matches()) {
                ScoreResult.OverallTerm term = term(result, m.group(1));
                assertThat(Double.parseDouble(m.group(2)))
                        .as(term.id() + " weight")
                        .isEqualTo(term.weight());
                assertThat(Double.parseDouble(m.group(3)))
                        .as(term.id() + " value")
                        .isEqualTo(term.value());
                assertThat(Double.parseDouble(m.group(4)))
                        .as(term.id() + " points")
                        .isEqualTo(term.points());
                seen.add(term.id() + " term");
            } else if ((m = RECOMMENDATION.matcher(line)).matches()) {
                ScoreResult.Recommendation recommendation = recommendation(result, m.group(1));
                assertThat(m.group(2)).isEqualTo(recommendation.reference());
                assertThat(Double.parseDouble(m.group(4)))
                        .as(recommendation.id())
                        .isEqualTo(recommendation.expectedRiskReduction());
                if (m.group(5) != null) {
                    assertThat(Double.parseDouble(m.group(5)))
                            .as(recommendation.id() + " per unit of effort")
                            .isEqualTo(recommendation.reductionPerEffort());
                }
                seen.add(recommendation.id());
            } else if ((m = UNKNOWN.matcher(line)).matches()) {
                String questionId = m.group(1);
                ScoreResult.UnknownAnswer unknown = result.unknowns().stream()
                        .filter(u -> u.questionId().equals(questionId))
                        .findFirst()
                        .orElseThrow();
                assertThat(List.of(
                                Double.parseDouble(m.group(2)),
                                Double.parseDouble(m.group(3)),
                                Double.parseDouble(m.group(4))))
                        .as(questionId)
                        .containsExactly(unknown.low(), unknown.high(), unknown.rangeNarrowing());
                seen.add(questionId + " unknown");
            } else if ((m = BUNDLE.matcher(line)).matches()) {
                String interaction = m.group(1);
                ScoreResult.Bundle bundle = result.bundles().stream()
                        .filter(b -> b.interaction().equals(interaction))
                        .findFirst()
                        .orElseThrow();
                assertThat(List.of(m.group(2), m.group(3))).isEqualTo(bundle.recommendations());
                assertThat(Double.parseDouble(m.group(4))).isEqualTo(bundle.jointReduction());
                assertThat(Double.parseDouble(m.group(5))).isEqualTo(bundle.separateReductions());
                seen.add(interaction + " bundle");
            } else if ((m = OVERALL.matcher(line)).matches()) {
                assertThat(Double.parseDouble(m.group(1))).isEqualTo(result.overallRisk());
                assertThat(m.group(2)).isEqualTo(result.band().name());
                seen.add("overall");
            } else if ((m = RANGE.matcher(line)).matches()) {
                assertThat(Double.parseDouble(m.group(1)))
                        .isEqualTo(result.range().low());
                assertThat(Double.parseDouble(m.group(2)))
                        .isEqualTo(result.range().high());
                seen.add("range");
            }
        }

        int contributions = result.dimensions().stream()
                .mapToInt(d -> d.contributions().size())
                .sum();
        assertThat(seen)
                .as("every number of the result appears in " + document)
                .hasSize(result.dimensions().size()
                        + contributions
                        + result.overallTerms().size()
                        + result.recommendations().size()
                        + (document.contains("-v1") || document.contains("-v2")
                                ? 0
                                : result.unknowns().size() + result.bundles().size())
                        + 1
                        + (result.unknownCount() > 0 ? 1 : 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void shouldShipTheSameAnswersInTheExamplesFolder(String document, ScoringEngine engine, String answersFile)
            throws IOException {
        Map<String, Object> file =
                new ObjectMapper().readValue(Path.of("examples", answersFile).toFile(), new TypeReference<>() {});

        assertThat(file).isEqualTo(answers(Files.readAllLines(Path.of(document)), answersFile));
    }

    private static Map<String, Object> answers(List<String> lines, String answersFile) throws IOException {
        int marker = lines.indexOf("<!-- worked-example:answers (also in examples/" + answersFile + ") -->");
        assertThat(marker).as("the document marks its worked example's answers").isNotNegative();
        StringBuilder json = new StringBuilder();
        for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
            json.append(lines.get(i)).append('\n');
        }
        return new ObjectMapper().readValue(json.toString(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    private static ScoreResult.DimensionScore dimension(ScoreResult result, String id) {
        return result.dimensions().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ScoreResult.OverallTerm term(ScoreResult result, String id) {
        return result.overallTerms().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ScoreResult.Recommendation recommendation(ScoreResult result, String id) {
        return result.recommendations().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ScoreResult.Contribution contribution(ScoreResult result, String dimension, String questionId) {
        return dimension(result, dimension).contributions().stream()
                .filter(c -> c.questionId().equals(questionId))
                .findFirst()
                .orElseThrow();
    }
}
