package io.airisk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.ScoringEngine;
import io.airisk.scoring.ScoringJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints, for bench/seed.sh, the worked example's answers and then its result (current
 * questionnaire version), each as the JSON stored, one per line. With {@code next-quarter}, the
 * worked example with three answers changed as a quarter's work would change them: a history
 * alternating between the two has a change to explain at every step.
 */
public final class WorkedExampleResult {

    private WorkedExampleResult() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new ScoringJson().customize(mapper);
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = new LinkedHashMap<>(mapper.readValue(
                Path.of("examples", "worked-example-answers.json").toFile(), Map.class));
        if (args.length > 0 && args[0].equals("next-quarter")) {
            answers.put("llm.revenue_share", "25_to_50");
            answers.put("signals.review_cadence", "quarterly");
            answers.put("adapt.model_evaluation", "own_suite");
        }
        ScoringEngine engine = Questionnaires.v3Engine();
        System.out.println(mapper.writeValueAsString(answers));
        System.out.println(mapper.writeValueAsString(engine.score(engine.parse(answers))));
    }
}
