package io.airisk.access;

/**
 * The roles that endpoints allow ({@code @RolesAllowed}). A key's role brings the roles below it:
 * an {@code ADMIN} key is also an {@code EDITOR} and a {@code VIEWER}. Tokens have a role of their
 * own, valid on their one assessment only.
 */
public final class Roles {

    /** Reads the tenant's assessments, questionnaires and what-if scores. */
    public static final String VIEWER = "VIEWER";

    /** Also creates, answers and submits assessments, and mints tokens for them. */
    public static final String EDITOR = "EDITOR";

    /** Also deletes assessments, manages keys and the tenant, reads the audit trail. */
    public static final String ADMIN = "ADMIN";

    /** The bootstrap key's extra power: creates tenants. */
    public static final String OPERATOR = "OPERATOR";

    /** A respondent token: reads, answers and submits its one assessment. */
    public static final String RESPONDENT = "RESPONDENT";

    /** A share token: reads its one submitted assessment. */
    public static final String SHARE = "SHARE";

    private Roles() {}
}
