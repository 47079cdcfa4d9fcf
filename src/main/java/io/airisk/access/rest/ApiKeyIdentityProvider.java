package io.airisk.access.rest;

import io.airisk.access.Caller;
import io.airisk.access.Secrets;
import io.airisk.access.service.Credential;
import io.airisk.access.service.Credentials;
import io.airisk.access.service.RateLimits;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a key or token into the caller's identity, with its roles and {@link Caller}, and takes
 * the request from the caller's rate limit. A credential verified lately is answered on the I/O
 * thread; only one not seen lately costs a read of the database, on a worker thread, and an
 * address whose keys keep turning out unknown waits before it may cost another, unless the key is
 * one the database knew at its last lookup here.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    /**
     * The attribute of the failure of a valid credential over its rate limit: the seconds to wait.
     * The request goes no further, as for a bad credential, but is answered 429.
     */
    static final String RETRY_AFTER = "airisk.retry-after";

    private final Credentials credentials;
    private final RateLimits rateLimits;
    private final Clock clock;

    public ApiKeyIdentityProvider(Credentials credentials, RateLimits rateLimits, Clock clock) {
        this.credentials = credentials;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        String hash = Secrets.hash(request.secret());
        Optional<Credential> remembered = credentials.remembered(hash);
        if (remembered != null) {
            return Uni.createFrom().item(() -> identity(remembered));
        }
        // A key the database knew at its last lookup here is not a guess: it never waits for the
        // address's unknown keys, which may be another client's behind the same proxy.
        long wait = credentials.knownValid(hash) ? 0 : rateLimits.lookupAllowed(request.address());
        if (wait > 0) {
            return Uni.createFrom().failure(rateLimited(wait));
        }
        return context.runBlocking(() -> {
            Optional<Credential> found = credentials.verify(request.secret(), hash);
            if (found.isEmpty()) {
                rateLimits.unknownKey(request.address());
            }
            return identity(found);
        });
    }

    private static AuthenticationFailedException rateLimited(long seconds) {
        return new AuthenticationFailedException("rate limited", Map.of(RETRY_AFTER, seconds));
    }

    private SecurityIdentity identity(Optional<Credential> found) {
        Credential credential = found.filter(candidate -> !candidate.expired(clock.instant()))
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired credential"));
        long wait = rateLimits.take(credential.caller());
        if (wait > 0) {
            throw rateLimited(wait);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(credential.caller().actor()))
                .addRoles(credential.roles())
                .addAttribute(Caller.ATTRIBUTE, credential.caller())
                .build();
    }
}
