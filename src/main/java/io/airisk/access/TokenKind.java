package io.airisk.access;

/** The tokens scoped to one assessment, each with its own prefix, role and rate limit. */
public enum TokenKind {
    /** Lets one respondent, in a portal, read, answer and submit one assessment. */
    RESPONDENT("art_", Roles.RESPONDENT),
    /** Lets a client's board read one submitted assessment's result and report. */
    SHARE("ars_", Roles.SHARE);

    private final String prefix;
    private final String role;

    TokenKind(String prefix, String role) {
        this.prefix = prefix;
        this.role = role;
    }

    /** How every secret of this kind begins. */
    public String prefix() {
        return prefix;
    }

    public String role() {
        return role;
    }

    /** A token of this kind as the audit trail names it: its kind and public prefix. */
    public String actor(String prefix) {
        return name().toLowerCase(java.util.Locale.ROOT) + "-token " + prefix;
    }

    /** The kind of token a secret is, by its prefix; {@code null} for anything else (an API key). */
    public static TokenKind of(String secret) {
        for (TokenKind kind : values()) {
            if (secret.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return null;
    }
}
