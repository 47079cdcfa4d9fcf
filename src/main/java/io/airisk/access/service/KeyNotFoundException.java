package io.airisk.access.service;

/** No key of the caller's tenant has that id: 404, as for any unknown id. */
public class KeyNotFoundException extends RuntimeException {

    public KeyNotFoundException() {
        super("no such key", null, false, false);
    }
}
