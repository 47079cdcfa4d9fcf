package io.airisk.scoring.service;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * The scoring's duration, served at {@code /q/metrics} as {@code airisk_scoring_duration_seconds},
 * by operation and questionnaire version.
 */
public final class ScoringMetrics {

    private ScoringMetrics() {}

    /** Times one scoring: {@code operation} is {@code score} (what-if) or {@code submit}. */
    public static <T> T timed(String operation, String questionnaireVersion, Supplier<T> scoring) {
        return Timer.builder("airisk.scoring.duration")
                .tag("operation", operation)
                .tag("questionnaire", questionnaireVersion)
                .register(Metrics.globalRegistry)
                .record(scoring);
    }
}
