package io.airisk.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Answer;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.RiskBand;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calibration of questionnaire v3: each reference organisation of
 * docs/calibration/reference-organisations-v3.json, described in a paragraph, lands in the band the
 * article's argument gives it, with the recommendations that must lead its plan among the first
 * three.
 */
class ReferenceOrganisationsTest {

    static final Path FILE = Path.of("docs", "calibration", "reference-organisations-v3.json");

    record Organisation(
            String id,
            String name,
            String description,
            RiskBand expectedBand,
            List<String> drivers,
            String why,
            Map<String, Object> answers) {
        @Override
        public String toString() {
            return id;
        }
    }

    record Calibration(String version, String description, List<Organisation> organisations) {}

    static Calibration calibration() throws IOException {
        return new ObjectMapper().readValue(FILE.toFile(), new TypeReference<>() {});
    }

    static Stream<Organisation> organisations() throws IOException {
        return calibration().organisations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisations")
    void shouldLandInItsBandLedByItsDrivers(Organisation organisation) {
        ScoringEngine v3 = Questionnaires.v3Engine();
        Map<String, Answer> answers = v3.parse(organisation.answers());

        ScoreResult result = v3.score(answers);

        assertThat(v3.missingRequired(answers)).as("unanswered").isEmpty();
        assertThat(v3.hiddenAnswers(answers)).as("answers to hidden questions").isEmpty();
        assertThat(result.unknownCount()).isZero();
        assertThat(result.band()).as("band at %s", result.overallRisk()).isEqualTo(organisation.expectedBand());
        List<String> leading = result.recommendations().stream()
                .limit(3)
                .map(ScoreResult.Recommendation::id)
                .toList();
        assertThat(leading).containsAll(organisation.drivers());
    }

    @Test
    void shouldSpanEveryBandAndTheCasesTheReviewNamed() throws IOException {
        Calibration calibration = calibration();
        assertThat(calibration.version()).isEqualTo("v3");
        assertThat(calibration.organisations()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(calibration.organisations().stream()
                        .map(Organisation::expectedBand)
                        .collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(RiskBand.class));
        Set<String> ids =
                calibration.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
        assertThat(ids)
                .contains(
                        "planning-saas", // finding 1
                        "legal-reasoning", // finding 2
                        "model-lab",
                        "no-llm-logistics",
                        "regulated-bank",
                        "wrapper-startup",
                        "world-model-robotics");
        assertThat(calibration.organisations()).allSatisfy(o -> {
            assertThat(o.description()).as(o.id()).hasSizeGreaterThan(200);
            assertThat(o.why()).as(o.id()).isNotBlank();
            assertThat(o.drivers()).as(o.id()).hasSizeBetween(1, 2);
        });
    }
}
