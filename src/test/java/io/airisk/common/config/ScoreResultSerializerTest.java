package io.airisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.scoring.engine.AnswerSets;
import io.airisk.scoring.engine.Questionnaires;
import io.airisk.scoring.engine.ScoreResult;
import io.airisk.scoring.engine.ScoringEngine;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScoreResultSerializerTest {

    private static final ScoringEngine ENGINE = Questionnaires.v1Engine();

    /** The service's mapper, with the hand-written result serializer. */
    private static final ObjectMapper SERVICE = service();

    /** Jackson's own bean serialization of the records, with the service's inclusion rule. */
    private static final ObjectMapper JACKSON =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Property(tries = 300)
    void shouldWriteExactlyWhatJacksonWritesForAnyAnswers(@ForAll long seed) throws Exception {
        ScoreResult result = ENGINE.score(AnswerSets.random(new Random(seed)));

        assertThat(SERVICE.writeValueAsString(result)).isEqualTo(JACKSON.writeValueAsString(result));
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

    private static ObjectMapper service() {
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}
