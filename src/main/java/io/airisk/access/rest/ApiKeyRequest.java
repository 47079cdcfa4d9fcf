package io.airisk.access.rest;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request's key or token, as sent, to be verified. */
final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String secret;
    private final String address;

    ApiKeyRequest(String secret, String address) {
        this.secret = secret;
        this.address = address;
    }

    String secret() {
        return secret;
    }

    /** The client's address, for the limit on unknown keys. */
    String address() {
        return address;
    }
}
