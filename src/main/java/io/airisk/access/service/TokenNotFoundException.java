package io.airisk.access.service;

/** No active token of that kind on that assessment has that id: 404. */
public class TokenNotFoundException extends RuntimeException {

    public TokenNotFoundException() {
        super("no such token", null, false, false);
    }
}
