package io.airisk.access.service;

/** A change to keys or tokens that would break a limit or lock the tenant out: 409, nothing changed. */
public class AccessConflictException extends RuntimeException {

    public AccessConflictException(String message) {
        super(message, null, false, false);
    }
}
