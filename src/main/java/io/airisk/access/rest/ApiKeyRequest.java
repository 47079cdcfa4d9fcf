package io.airisk.access.rest;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request's key or token, as sent, to be verified. */
final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String secret;

    ApiKeyRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
