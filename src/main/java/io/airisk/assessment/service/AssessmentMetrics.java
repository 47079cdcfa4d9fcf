package io.airisk.assessment.service;

import io.micrometer.core.instrument.Metrics;

/**
 * Assessments created and submitted, served at {@code /q/metrics}: by questionnaire version, and
 * the submitted ones by band too.
 */
final class AssessmentMetrics {

    private AssessmentMetrics() {}

    static void created(String questionnaireVersion) {
        Metrics.counter("airisk.assessments.created", "questionnaire", questionnaireVersion)
                .increment();
    }

    static void submitted(String questionnaireVersion, String band) {
        Metrics.counter("airisk.assessments.submitted", "questionnaire", questionnaireVersion, "band", band)
                .increment();
    }
}
