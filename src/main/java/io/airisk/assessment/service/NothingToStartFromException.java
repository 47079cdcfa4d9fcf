package io.airisk.assessment.service;

import java.util.UUID;

/** A re-assessment from the latest submitted assessment, for an organization with none. 409. */
public final class NothingToStartFromException extends RuntimeException {

    public NothingToStartFromException(UUID organizationId) {
        super(
                "Organization " + organizationId
                        + " has no submitted assessment to start from: create the draft without" + " \"from\"",
                null,
                false,
                false);
    }
}
