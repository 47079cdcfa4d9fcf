package io.airisk.common.error;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API answers with; each has a stable type URI and title. */
public enum ProblemType {
    INVALID_INPUT(Status.BAD_REQUEST, "invalid-input", "Invalid input"),
    MALFORMED_JSON(Status.BAD_REQUEST, "malformed-json", "Malformed JSON"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed", "Precondition failed"),
    BUSY(Status.SERVICE_UNAVAILABLE, "busy", "Busy"),
    INCOMPLETE(422, "incomplete", "Assessment incomplete"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Payload too large"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal server error");

    private final int status;
    private final String type;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = "urn:airisk:problem:" + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
