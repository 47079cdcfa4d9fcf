package io.airisk.assessment.service;

import java.util.UUID;

/** An organization that still holds assessments is not deleted: they would lose their history. 409. */
public final class OrganizationInUseException extends RuntimeException {

    public OrganizationInUseException(UUID id, long assessments) {
        super(
                "Organization " + id + " holds " + assessments
                        + " assessments: delete them first (DELETE /api/v1/assessments/{id}), then the organization",
                null,
                false,
                false);
    }
}
