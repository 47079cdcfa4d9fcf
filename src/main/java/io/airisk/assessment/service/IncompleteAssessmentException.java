package io.airisk.assessment.service;

import java.util.List;

/** Required, visible questions are unanswered, so the draft cannot be submitted. */
public final class IncompleteAssessmentException extends RuntimeException {

    private final transient List<String> missing;

    public IncompleteAssessmentException(List<String> missing) {
        super(missing.size() + " required question(s) unanswered: " + String.join(", ", missing), null, false, false);
        this.missing = List.copyOf(missing);
    }

    /** The unanswered question ids, in questionnaire order. */
    public List<String> missing() {
        return missing;
    }
}
