package io.airisk.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complete scorings per second on one thread: the whole result, with every dimension's
 * contributions, the overall terms, and the improvement plan (each fired recommendation re-scores
 * the answers with its triggers moved), for each published version's worked example.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    @Param({"v1", "v2", "v3"})
    private String version;

    private ScoringEngine engine;
    private Map<String, Object> raw;
    private Map<String, Answer> complete;
    private Map<String, Answer> riskiest;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws IOException {
        engine = switch (version) {
            case "v1" -> Questionnaires.v1Engine();
            case "v2" -> Questionnaires.v2Engine();
            default -> Questionnaires.v3Engine();
        };
        // The current version's worked example is worked-example-answers.json; earlier ones carry their version.
        String answers = version.equals("v3") ? "worked-example-answers.json" : version + "-worked-example-answers.json";
        raw = new ObjectMapper().readValue(Path.of("examples", answers).toFile(), Map.class);
        complete = engine.parse(raw);
        riskiest = Questionnaires.riskiest(engine.questionnaire());
    }

    /** The version's worked example: 13 recommendations fire in v1, 18 in v2, 23 in v3. */
    @Benchmark
    public ScoreResult scoreCompleteAnswers() {
        return engine.score(complete);
    }

    /** Every answer at its riskiest: every recommendation fires. */
    @Benchmark
    public ScoreResult scoreRiskiestAnswers() {
        return engine.score(riskiest);
    }

    /** What the API does per request: parse the client's JSON values, then score. */
    @Benchmark
    public ScoreResult parseAndScore() {
        return engine.score(engine.parse(raw));
    }
}
