package io.airisk.assessment.service;

import io.airisk.assessment.AssessmentStatus;
import java.util.UUID;

/** An approval of an assessment that does not wait for one: answered 409. */
public class AssessmentNotInReviewException extends RuntimeException {

    public AssessmentNotInReviewException(UUID id, AssessmentStatus status) {
        super("assessment " + id + " is " + status + ": only an assessment IN_REVIEW is approved", null, false, false);
    }
}
