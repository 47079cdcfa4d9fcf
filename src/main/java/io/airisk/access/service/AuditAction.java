package io.airisk.access.service;

/** What the audit trail records: each change to a tenant's data or access. */
public enum AuditAction {
    ASSESSMENT_CREATED("assessment"),
    ASSESSMENT_ANSWERED("assessment"),
    ASSESSMENT_SUBMITTED("assessment"),
    ASSESSMENT_APPROVED("assessment"),
    DISAGREEMENT_RESOLVED("assessment"),
    ASSESSMENT_UPGRADED("assessment"),
    ASSESSMENT_DELETED("assessment"),
    ORGANIZATION_CREATED("organization"),
    ORGANIZATION_CHANGED("organization"),
    ORGANIZATION_DELETED("organization"),
    KEY_CREATED("key"),
    KEY_REVOKED("key"),
    RESPONDENT_TOKEN_CREATED("respondent-token"),
    RESPONDENT_TOKEN_REVOKED("respondent-token"),
    SHARE_TOKEN_CREATED("share-token"),
    SHARE_TOKEN_REVOKED("share-token"),
    TENANT_CREATED("tenant"),
    TENANT_RENAMED("tenant"),
    PEER_BENCHMARKS_JOINED("tenant"),
    PEER_BENCHMARKS_LEFT("tenant"),
    REVIEW_REQUIRED("tenant"),
    REVIEW_NOT_REQUIRED("tenant"),
    WEBHOOK_CREATED("webhook"),
    WEBHOOK_SECRET_ROTATED("webhook"),
    WEBHOOK_DELETED("webhook");

    private final String targetType;

    AuditAction(String targetType) {
        this.targetType = targetType;
    }

    /** Whether the action ends a credential's access: what was verified of it must be forgotten. */
    public boolean revokes() {
        return this == KEY_REVOKED || this == RESPONDENT_TOKEN_REVOKED || this == SHARE_TOKEN_REVOKED;
    }

    /** The kind of thing the action is done to. */
    public String targetType() {
        return targetType;
    }
}
