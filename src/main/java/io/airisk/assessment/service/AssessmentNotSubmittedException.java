package io.airisk.assessment.service;

import java.util.UUID;

/** A share token is for a submitted assessment's result: a draft has none yet. 409. */
public final class AssessmentNotSubmittedException extends RuntimeException {

    public AssessmentNotSubmittedException(UUID id) {
        super("Assessment " + id + " is not submitted yet: share tokens are for submitted results", null, false, false);
    }
}
