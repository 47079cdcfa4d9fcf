package io.airisk.assessment.service;

import java.util.UUID;

/** What needs a submitted assessment's result (a share token, a report, a comparison): a draft has none yet. 409. */
public final class AssessmentNotSubmittedException extends RuntimeException {

    public AssessmentNotSubmittedException(UUID id) {
        this(id, "share tokens are for submitted results");
    }

    public AssessmentNotSubmittedException(UUID id, String why) {
        super("Assessment " + id + " is not submitted yet: " + why, null, false, false);
    }
}
