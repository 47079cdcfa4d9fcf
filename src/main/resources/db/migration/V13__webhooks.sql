-- Webhooks: the endpoints a tenant's ADMIN registers, and the outbox of their deliveries. A
-- delivery row is written in the transaction of the change it announces, so that a change that
-- rolls back announces nothing and one that commits is announced even if the service dies before
-- sending it. The signing secret is kept as it is given out: signing needs it (Standard Webhooks,
-- HMAC-SHA256), unlike an API key, of which only a hash is kept.
CREATE TABLE webhook (
    id                      UUID                     NOT NULL PRIMARY KEY,
    tenant_id               UUID                     NOT NULL REFERENCES tenant (id),
    url                     VARCHAR(2000)            NOT NULL,
    events                  VARCHAR(400)             NOT NULL,
    secret                  VARCHAR(100)             NOT NULL,
    previous_secret         VARCHAR(100),
    previous_secret_until   TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL
);

CREATE INDEX webhook_tenant_idx ON webhook (tenant_id, created_at, id);

CREATE TABLE webhook_delivery (
    id              UUID                     NOT NULL PRIMARY KEY,
    -- No foreign key: a change that commits while its endpoint is deleted must not fail for it;
    -- the sender drops a delivery whose endpoint is gone.
    webhook_id      UUID                     NOT NULL,
    event           VARCHAR(40)              NOT NULL,
    payload         VARCHAR(2000)            NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_attempts_check CHECK (attempts >= 0)
);

-- The deliveries due, oldest first, for the sender; an endpoint's log, newest first.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, created_at, id);
