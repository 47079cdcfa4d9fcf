package io.airisk.webhook;

import io.airisk.access.service.AuditAction;
import java.util.Optional;

/** What a webhook may be told of; each is named on the wire as {@link #type()}. */
public enum WebhookEvent {
    ASSESSMENT_CREATED("assessment.created"),
    ASSESSMENT_SUBMITTED("assessment.submitted"),
    ASSESSMENT_DELETED("assessment.deleted"),
    /** A submitted assessment that waited for review was approved: its result now counts. */
    ASSESSMENT_APPROVED("assessment.approved"),
    /**
     * A respondent token's answers left its assessment nothing required to answer; for a token with a
     * role, it has answered every visible question of its role.
     */
    RESPONDENT_FINISHED("respondent.finished");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The event's name in a registration and in a delivery's payload. */
    public String type() {
        return type;
    }

    /** The event of that name. */
    public static Optional<WebhookEvent> named(String type) {
        for (WebhookEvent event : values()) {
            if (event.type.equals(type)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The event an audited change announces, if any. */
    public static Optional<WebhookEvent> of(AuditAction action) {
        return switch (action) {
            case ASSESSMENT_CREATED -> Optional.of(ASSESSMENT_CREATED);
            case ASSESSMENT_SUBMITTED -> Optional.of(ASSESSMENT_SUBMITTED);
            case ASSESSMENT_DELETED -> Optional.of(ASSESSMENT_DELETED);
            case ASSESSMENT_APPROVED -> Optional.of(ASSESSMENT_APPROVED);
            default -> Optional.empty();
        };
    }
}
