package io.airisk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.ScoringEngine;
import io.airisk.scoring.ScoringJson;
import java.nio.file.Path;
import java.util.Map;

/** Prints the worked example's result (current questionnaire version) as stored JSON, for bench/seed.sh. */
public final class WorkedExampleResult {

    private WorkedExampleResult() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new ScoringJson().customize(mapper);
        Map<String, Object> answers = mapper.readValue(
                Path.of("examples", "worked-example-answers.json").toFile(), Map.class);
        ScoringEngine engine = Questionnaires.v3Engine();
        System.out.println(mapper.writeValueAsString(engine.score(engine.parse(answers))));
    }
}
