package io.airisk.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.airisk.engine.Answer;
import io.airisk.engine.AnswerSets;
import io.airisk.engine.Questionnaires;
import io.airisk.engine.ScoreResult;
import io.airisk.engine.ScoringEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes {@code examples/test-vectors.json}: for every published version, answer vectors with the
 * index, band and range they score to, for anyone who recomputes a score, by hand or in their own
 * code, to check against. Run once per published version; once published, an entry never changes
 * (TestVectorsTest replays every one through the API).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.airisk.scoring.TestVectors</pre>
 */
public final class TestVectors {

    static final Path FILE = Path.of("examples", "test-vectors.json");

    private TestVectors() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put(
                "about",
                "Answer vectors (README, \"Answer vectors\") and what each scores to: overallRisk, band and"
                        + " range, to the cent. POST /api/v1/scores with {\"vector\": ...} answers the same.");
        List<Map<String, Object>> vectors = new ArrayList<>();
        for (ScoringEngine engine :
                List.of(Questionnaires.v1Engine(), Questionnaires.v2Engine(), Questionnaires.v3Engine())) {
            String version = engine.questionnaire().version();
            add(vectors, engine, "no answers", Map.of());
            add(vectors, engine, "safest answers", Questionnaires.safest(engine.questionnaire()));
            add(vectors, engine, "riskiest answers", Questionnaires.riskiest(engine.questionnaire()));
            String example =
                    version.equals("v3") ? "worked-example-answers.json" : version + "-worked-example-answers.json";
            @SuppressWarnings("unchecked")
            Map<String, Object> worked =
                    json.readValue(Path.of("examples", example).toFile(), Map.class);
            add(vectors, engine, "the worked example (examples/" + example + ")", engine.parse(worked));
            AnswerSets sets = new AnswerSets(engine);
            Random random = new Random(20261206L + version.hashCode());
            for (int i = 1; i <= 12; i++) {
                add(vectors, engine, "random answers " + i, sets.random(random));
            }
        }
        file.put("vectors", vectors);
        json.writeValue(FILE.toFile(), file);
        System.out.println("wrote " + vectors.size() + " vectors to " + FILE);
    }

    private static void add(
            List<Map<String, Object>> vectors, ScoringEngine engine, String name, Map<String, Answer> answers) {
        ScoreResult result = engine.score(engine.withoutHidden(answers));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", engine.questionnaire().version() + ": " + name);
        entry.put("vector", result.vector());
        entry.put("overallRisk", result.overallRisk());
        entry.put("band", result.band().name());
        entry.put(
                "range",
                Map.of("low", result.range().low(), "high", result.range().high()));
        vectors.add(entry);
    }
}
