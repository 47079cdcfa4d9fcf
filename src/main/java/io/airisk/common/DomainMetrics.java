package io.airisk.common;

import io.airisk.common.error.ProblemType;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * The service's own metrics, beside the HTTP ones, served at {@code /q/metrics} (Prometheus):
 * assessments created and submitted (by band and questionnaire version), the scoring's duration,
 * and requests refused, by problem type (rate-limited ones among them). Recorded on Micrometer's
 * global registry, which Quarkus feeds to its Prometheus registry, so that the static problem
 * builders can count too.
 */
public final class DomainMetrics {

    private DomainMetrics() {}

    public static void created(String questionnaireVersion) {
        Metrics.counter("airisk.assessments.created", "questionnaire", questionnaireVersion)
                .increment();
    }

    public static void submitted(String questionnaireVersion, String band) {
        Metrics.counter("airisk.assessments.submitted", "questionnaire", questionnaireVersion, "band", band)
                .increment();
    }

    /** Times one scoring: {@code operation} is {@code score} (what-if) or {@code submit}. */
    public static <T> T scoring(String operation, String questionnaireVersion, Supplier<T> scoring) {
        return Timer.builder("airisk.scoring.duration")
                .tag("operation", operation)
                .tag("questionnaire", questionnaireVersion)
                .register(Metrics.globalRegistry)
                .record(scoring);
    }

    /** Counts a request answered with a problem of that type. */
    public static void refused(ProblemType type) {
        Metrics.counter(
                        "airisk.problems",
                        "type",
                        type.type().substring(type.type().lastIndexOf(':') + 1),
                        "status",
                        Integer.toString(type.status()))
                .increment();
    }
}
