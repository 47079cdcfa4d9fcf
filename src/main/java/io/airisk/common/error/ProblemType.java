package io.airisk.common.error;

/**
 * The kinds of problem the API answers with, each a stable type URI with a title and a meaning.
 * The OpenAPI document lists them all ({@link ProblemResponses}).
 */
public enum ProblemType {
    INVALID_INPUT(
            400,
            "invalid-input",
            "Invalid input",
            "A field, parameter, header or answer is invalid; errors names each one. Nothing was changed."),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON", "The body is not well-formed JSON. Nothing was changed."),
    UNREADABLE_BODY(
            400,
            "unreadable-body",
            "Unreadable body",
            "The body could not be read to its end: it broke off, stalled, or its chunks were malformed. Nothing was changed."),
    UNAUTHORIZED(
            401,
            "unauthorized",
            "Unauthorized",
            "No valid API key or token: send Authorization: Bearer <key> (or X-API-Key: <key>); the one sent is"
                    + " unknown, revoked, expired or malformed."),
    FORBIDDEN(
            403,
            "forbidden",
            "Forbidden",
            "The key's role does not allow this request, the token does not allow it on any assessment, or a"
                    + " token that answers for a role tried another role's questions (errors names each)."),
    NOT_FOUND(
            404,
            "not-found",
            "Not found",
            "No assessment, questionnaire version, key, token or resource at this path that the caller may see."),
    METHOD_NOT_ALLOWED(
            405,
            "method-not-allowed",
            "Method not allowed",
            "The resource does not support this method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(
            406,
            "not-acceptable",
            "Not acceptable",
            "None of the media types the Accept header names is one this resource answers with: application/json"
                    + " for the API, text/html or application/pdf for reports, image/svg+xml for charts and badges, text/csv or"
                    + " application/x-ndjson for exports; problems come as application/problem+json."),
    CONFLICT(
            409,
            "conflict",
            "Conflict",
            "The assessment is submitted and can no longer change (or is not submitted yet, for a share token),"
                    + " a request with the same Idempotency-Key is still running (retry it), or a change to keys"
                    + " or tokens would pass a limit or remove the last ADMIN key."),
    PRECONDITION_FAILED(
            412,
            "precondition-failed",
            "Precondition failed",
            "If-Match names another version than the current one; read the assessment again. Nothing was changed."),
    BODY_TIMEOUT(
            408,
            "body-timeout",
            "Request body timeout",
            "The body did not arrive in full within the time allowed (10 seconds by default); the connection is"
                    + " closed. Nothing was changed."),
    PAYLOAD_TOO_LARGE(
            413,
            "payload-too-large",
            "Payload too large",
            "The body exceeds the largest the service reads (64 KiB by default; the largest valid request is a"
                    + " few kilobytes). Nothing was changed."),
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "The request's path and query exceed 4,096 characters."),
    UNSUPPORTED_MEDIA_TYPE(
            415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json."),
    INCOMPLETE(
            422,
            "incomplete",
            "Assessment incomplete",
            "Required, visible questions are unanswered; errors names each one. Nothing was changed."),
    DISAGREEMENTS(
            422,
            "disagreements",
            "Respondents disagree",
            "Respondents answered visible questions differently; errors names each one with the answers given."
                    + " The coordinator chooses one (PUT /api/v1/assessments/{id}/resolutions/{questionId})."
                    + " Nothing was changed."),
    NO_MIGRATION(
            422,
            "no-migration",
            "No migration between these versions",
            "The assessment's questionnaire version cannot move to the one asked: only a move that the later"
                    + " version declares (v2 to v3) is possible. Nothing was changed."),
    IDEMPOTENCY_KEY_REUSED(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "The Idempotency-Key was used before for a different request; use a new key."),
    RATE_LIMITED(
            429,
            "rate-limited",
            "Too many requests",
            "The key or token sent more requests than its rate limit allows; retry after Retry-After seconds."),
    HEADERS_TOO_LARGE(
            431, "headers-too-large", "Request headers too large", "The request's headers exceed 8 KiB or 100 fields."),
    INTERNAL(
            500,
            "internal",
            "Internal server error",
            "A fault of the service, logged with the incident id given in detail."),
    TRANSFER_ENCODING_NOT_SUPPORTED(
            501,
            "transfer-encoding-not-supported",
            "Transfer encoding not supported",
            "Only the chunked transfer coding is accepted, and only alone."),
    BUSY(
            503,
            "busy",
            "Busy",
            "The assessment is busy with other changes; nothing was changed: retry after Retry-After seconds."),
    STOPPING(
            503,
            "stopping",
            "Stopping",
            "This instance is stopping and takes no new request; nothing was changed: retry after Retry-After seconds,"
                    + " another instance will answer."),
    OVERLOADED(
            503,
            "overloaded",
            "Overloaded",
            "The service, or this key or token, already holds as many request bodies, or runs as many exports or"
                    + " renders as many PDFs, as it may at once; nothing was changed: retry after Retry-After seconds.");

    /** The meaning of the type field, for the OpenAPI document; {@link ProblemResponses} adds every type. */
    static final String DESCRIPTION =
            "URI identifying the problem type; the types and what each means are listed below";

    private final int status;
    private final String type;
    private final String title;
    private final String meaning;

    ProblemType(int status, String slug, String title, String meaning) {
        this.status = status;
        this.type = "urn:airisk:problem:" + slug;
        this.title = title;
        this.meaning = meaning;
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

    public String meaning() {
        return meaning;
    }

    /** The type for an HTTP status that the framework itself answered with. */
    static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_INPUT;
    }
}
