package io.airisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.scoring.engine.AnswerSets;
import io.airisk.scoring.engine.Questionnaires;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoringEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScoreResultJsonTest {

    private static final ScoringEngine ENGINE = Questionnaires.v1Engine();

    /** The service's mapper, with the hand-written result serializer. */
    private static final ObjectMapper SERVICE = service();

    /** Jackson's own bean serialization of the records, with the service's inclusion rule. */
    private static final ObjectMapper JACKSON =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Property(tries = 300)
    void shouldWriteExactlyWhatJacksonWritesForAnyAnswers(@ForAll long seed) throws Exception {
        ScoreResult result = ENGINE.score(AnswerSets.random(new Random(seed)));
        String jackson = JACKSON.writeValueAsString(result);

        assertThat(ScoreResultJson.write(result).toString()).as("response body").isEqualTo(jackson);
        assertThat(SERVICE.writeValueAsString(result)).as("stored result").isEqualTo(jackson);
    }

    @Test
    void shouldWriteExactlyWhatJacksonWritesForTheExtremes() throws Exception {
        for (ScoreResult result : List.of(
                ENGINE.score(Questionnaires.riskiest(Questionnaires.v1())),
                ENGINE.score(Questionnaires.safest(Questionnaires.v1())),
                ENGINE.score(Map.of()))) {
            assertThat(SERVICE.writeValueAsString(result)).isEqualTo(JACKSON.writeValueAsString(result));
        }
    }

    @Test
    void shouldLeaveOutMissingTextsAsJacksonDoes() throws Exception {
        ScoreResult result = new ScoreResult(
                12.5,
                "LOW",
                0.5,
                "v1",
                List.of(new ScoreResult.DimensionScore(
                        "D", 12.5, List.of(new ScoreResult.Contribution("q", 12.5, 0.25, 2.0)))),
                List.of(new ScoreResult.OverallTerm("D", "DIMENSION", 1.0, 12.5, 12.5)),
                List.of(new ScoreResult.Recommendation("r", "Title \"quoted\"", null, "Why\nnow", List.of("q"), 1.25)),
                null);

        String written = SERVICE.writeValueAsString(result);

        assertThat(written).isEqualTo(JACKSON.writeValueAsString(result));
        assertThat(written).doesNotContain("notice", "reference");
    }

    @Test
    void shouldEscapeAndEncodeTextsAsJacksonDoes() throws Exception {
        ScoreResult result = new ScoreResult(
                12.5,
                "LOW",
                0.5,
                "v1",
                List.of(),
                List.of(),
                List.of(new ScoreResult.Recommendation(
                        "r", "Tab\there, bell \u0007, slash \\ /", "R1", "Naïve “quotes” — 日本", List.of("q"), 1.25)),
                "Line\r\nbreak");

        byte[] body = ScoreResultJson.write(result).toString().getBytes(StandardCharsets.UTF_8);

        assertThat(body).isEqualTo(JACKSON.writeValueAsBytes(result));
        assertThat(SERVICE.writeValueAsString(result)).isEqualTo(JACKSON.writeValueAsString(result));
    }

    @Test
    void shouldEncodeCharactersBeyondTheBasicPlaneInUtf8() throws Exception {
        // Jackson's generator writes a surrogate pair as two escaped UTF-16 units; the text is the
        // same, and UTF-8 is the form RFC 8259 prefers.
        ScoreResult result =
                new ScoreResult(12.5, "LOW", 0.5, "v1", List.of(), List.of(), List.of(), "Smile \uD83D\uDE00");

        byte[] body = ScoreResultJson.write(result).toString().getBytes(StandardCharsets.UTF_8);

        assertThat(JACKSON.readTree(body)).isEqualTo(JACKSON.readTree(JACKSON.writeValueAsBytes(result)));
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"notice\":\"Smile \uD83D\uDE00\"");
    }

    @Test
    void shouldWriteNumbersThatAreNotShortAsJacksonDoes() throws Exception {
        for (double value : new double[] {1.0 / 3, 1e7, 1.5e-5, -0.0, Double.NaN, Double.NEGATIVE_INFINITY}) {
            ScoreResult result = new ScoreResult(value, null, value, null, List.of(), List.of(), List.of(), null);

            assertThat(ScoreResultJson.write(result).toString())
                    .as("%s", value)
                    .isEqualTo(JACKSON.writeValueAsString(result));
        }
    }

    private static ObjectMapper service() {
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}
