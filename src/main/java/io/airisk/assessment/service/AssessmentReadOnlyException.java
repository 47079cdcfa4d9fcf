package io.airisk.assessment.service;

import java.util.UUID;

/** The assessment is submitted: its answers and result can no longer change. */
public final class AssessmentReadOnlyException extends RuntimeException {

    public AssessmentReadOnlyException(UUID id) {
        super("Assessment " + id + " is submitted and can no longer change", null, false, false);
    }
}
