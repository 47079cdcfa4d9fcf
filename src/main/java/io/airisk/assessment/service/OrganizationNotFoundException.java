package io.airisk.assessment.service;

import java.util.UUID;

/** No organization of the caller's tenant has that id. 404. */
public final class OrganizationNotFoundException extends RuntimeException {

    public OrganizationNotFoundException(UUID id) {
        super("No organization " + id, null, false, false);
    }
}
