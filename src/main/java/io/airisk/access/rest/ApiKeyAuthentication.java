package io.airisk.access.rest;

import io.airisk.access.TokenKind;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the key or token a request carries: {@code Authorization: Bearer <key>}, or
 * {@code X-API-Key: <key>}; a share token also as a report link's {@code token} parameter. A
 * request with none is anonymous, and endpoints that need a role
 * answer it 401; a header of another form, repeated, or two headers that disagree fail at once.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    public static final String AUTHORIZATION = "Authorization";
    public static final String API_KEY = "X-API-Key";

    /** The challenge of every 401 (RFC 6750). */
    public static final String CHALLENGE = "Bearer realm=\"airisk\"";

    private static final String BEARER = "bearer ";

    /** The query parameter that may carry a share token, on the paths that match {@link #LINKABLE}. */
    public static final String TOKEN_PARAMETER = "token";

    private static final Pattern LINKABLE =
            Pattern.compile("/api/v1/assessments/[^/]+/(report|report\\.pdf|radar|badge)");

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        List<String> authorization = context.request().headers().getAll(AUTHORIZATION);
        List<String> apiKey = context.request().headers().getAll(API_KEY);
        String secret;
        if (authorization.isEmpty() && apiKey.isEmpty()) {
            secret = linkedShareToken(context);
            if (secret == null) {
                return Uni.createFrom().nullItem();
            }
        } else {
            secret = secret(authorization, apiKey);
        }
        if (secret == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed credentials"));
        }
        SocketAddress address = context.request().remoteAddress();
        return identities.authenticate(new ApiKeyRequest(secret, address == null ? "" : address.hostAddress()));
    }

    /**
     * A share token in the {@code token} query parameter of a GET for a report (HTML or PDF), its chart or its
     * badge: a link a board member opens in a browser cannot send a header. No other credential is
     * taken from an address, where it would be logged and passed on more easily than a header.
     */
    static String linkedShareToken(RoutingContext context) {
        if (context.request().method() != HttpMethod.GET
                || !LINKABLE.matcher(context.request().path()).matches()) {
            return null;
        }
        List<String> tokens = context.queryParam(TOKEN_PARAMETER);
        if (tokens.size() != 1 || TokenKind.of(tokens.get(0)) != TokenKind.SHARE) {
            return null;
        }
        return tokens.get(0);
    }

    /** The secret the headers carry, or {@code null} when they are malformed or disagree. */
    static String secret(List<String> authorization, List<String> apiKey) {
        if (authorization.size() > 1 || apiKey.size() > 1) {
            return null;
        }
        String bearer = null;
        if (authorization.size() == 1) {
            String value = authorization.get(0).trim();
            if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                return null;
            }
            bearer = value.substring(BEARER.length()).trim();
        }
        String header = apiKey.isEmpty() ? null : apiKey.get(0).trim();
        if (bearer != null && header != null && !bearer.equals(header)) {
            return null;
        }
        String secret = bearer != null ? bearer : header;
        return secret.isEmpty() ? null : secret;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }
}
