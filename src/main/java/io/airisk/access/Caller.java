package io.airisk.access;

import io.airisk.engine.Respondent;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;

/**
 * Who sends a request, once its key or token is verified: the tenant whose data it may reach, the
 * credential that acts (for rate limits and the audit trail), and for a token, the one assessment
 * it is scoped to.
 *
 * @param tenantId the tenant the credential belongs to
 * @param credentialId the key's or token's id
 * @param actor the credential as the audit trail names it: its kind and public prefix, never the secret
 * @param kind {@code null} for an API key, else the token's kind
 * @param assessmentId for a token, its assessment; {@code null} for a key
 * @param role for a respondent token that answers for one role, that role; {@code null} otherwise
 */
public record Caller(
        UUID tenantId, UUID credentialId, String actor, TokenKind kind, UUID assessmentId, Respondent role) {

    /** The attribute of the {@link SecurityIdentity} that holds the caller. */
    public static final String ATTRIBUTE = "airisk.caller";

    /** The caller of a request that passed an {@code @RolesAllowed} check. */
    public static Caller of(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no verified caller: is the endpoint missing @RolesAllowed?");
        }
        return caller;
    }

    /** Whether the caller may reach that assessment of its tenant: a key reaches all, a token its own. */
    public boolean reaches(UUID assessment) {
        return assessmentId == null || assessmentId.equals(assessment);
    }

    /**
     * Whether the caller coordinates the assessment: a key, or a respondent token without a role,
     * which answers any question as one. A token with a role answers for that role only.
     */
    public boolean coordinates() {
        return role == null;
    }
}
