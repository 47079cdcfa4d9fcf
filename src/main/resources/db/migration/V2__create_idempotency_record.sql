-- Responses to requests sent with an Idempotency-Key, replayed when the same request is retried.
-- request_hash covers the method, path and canonical body, so a key reused for another request
-- is recognised. Rows expire; a scheduled job deletes them.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(255)             NOT NULL PRIMARY KEY,
    request_hash    VARCHAR(64)              NOT NULL,
    status          INTEGER                  NOT NULL,
    location        VARCHAR(2000),
    etag            VARCHAR(100),
    body            VARCHAR(300000)          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idempotency_record_expires_idx ON idempotency_record (expires_at);
