package io.airisk.access.rest;

import io.airisk.access.service.AccessConflictException;
import io.airisk.access.service.KeyNotFoundException;
import io.airisk.access.service.TokenNotFoundException;
import io.airisk.common.error.ProblemResponses;
import io.airisk.common.error.ProblemType;
import io.airisk.common.error.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the API answers a request it does not let through: no key or a bad one (401, with the
 * challenge), a role too low (403), a rate limit passed (429). None says whether what the request
 * names exists: those checks come before any lookup.
 */
public class AccessProblems {

    @ServerExceptionMapper
    public Response noCredential(UnauthorizedException exception) {
        return unauthorized(
                "Send an API key or token: Authorization: Bearer <key>, or X-API-Key: <key>",
                ApiKeyAuthentication.CHALLENGE);
    }

    /** A bad credential (401), or a valid one over its rate limit (429, with Retry-After). */
    @ServerExceptionMapper
    public Response badCredential(AuthenticationFailedException exception) {
        Long retryAfter = exception.getAttribute(ApiKeyIdentityProvider.RETRY_AFTER);
        if (retryAfter != null) {
            return Response.fromResponse(Problems.response(
                            ProblemType.RATE_LIMITED,
                            "Too many requests with this key or token; retry after " + retryAfter + " s"))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .build();
        }
        return unauthorized(
                "The key or token is unknown, revoked, expired or malformed",
                ApiKeyAuthentication.CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return Problems.response(ProblemType.FORBIDDEN, "The key's role or the token's scope does not allow this");
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response keyNotFound(KeyNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, "No active key of this tenant has this id");
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response tokenNotFound(TokenNotFoundException exception) {
        return Problems.response(ProblemType.NOT_FOUND, "No active token of this kind on this assessment has this id");
    }

    @ServerExceptionMapper
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response conflict(AccessConflictException exception) {
        return Problems.response(ProblemType.CONFLICT, exception.getMessage());
    }

    private static Response unauthorized(String detail, String challenge) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
