package io.airisk.access.service;

/** What the audit trail records: each change to a tenant's data or access. */
public enum AuditAction {
    ASSESSMENT_CREATED("assessment"),
    ASSESSMENT_ANSWERED("assessment"),
    ASSESSMENT_SUBMITTED("assessment"),
    ASSESSMENT_DELETED("assessment"),
    KEY_CREATED("key"),
    KEY_REVOKED("key"),
    RESPONDENT_TOKEN_CREATED("respondent-token"),
    RESPONDENT_TOKEN_REVOKED("respondent-token"),
    SHARE_TOKEN_CREATED("share-token"),
    SHARE_TOKEN_REVOKED("share-token"),
    TENANT_CREATED("tenant"),
    TENANT_RENAMED("tenant");

    private final String targetType;

    AuditAction(String targetType) {
        this.targetType = targetType;
    }

    /** The kind of thing the action is done to. */
    public String targetType() {
        return targetType;
    }
}
