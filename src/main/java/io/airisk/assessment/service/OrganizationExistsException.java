package io.airisk.assessment.service;

/** Another organization of the tenant has that name, ignoring case. 409. */
public final class OrganizationExistsException extends RuntimeException {

    public OrganizationExistsException(String name) {
        super("An organization named '" + name + "' (ignoring case) exists already in this tenant", null, false, false);
    }
}
