package io.airisk.assessment.service;

/** No assessment has that id. */
public final class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(Object id) {
        super("No assessment with id " + id, null, false, false);
    }
}
