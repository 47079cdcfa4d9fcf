-- Tenants (a consultancy or a company), their API keys, the respondent and share tokens of their
-- assessments, and the audit trail. Every assessment belongs to one tenant; the assessments that
-- exist already go to the first tenant, which this migration creates. Secrets are never stored:
-- keys and tokens are kept as the SHA-256 of the secret (hex), with a short prefix to recognise them.

CREATE TABLE tenant (
    id         UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(400)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The first tenant: its ADMIN key is created at the first start (AIRISK_BOOTSTRAP_ADMIN_KEY).
INSERT INTO tenant (id, name, created_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'First tenant', CURRENT_TIMESTAMP);

CREATE TABLE api_key (
    id         UUID                     NOT NULL PRIMARY KEY,
    tenant_id  UUID                     NOT NULL REFERENCES tenant (id),
    name       VARCHAR(400)             NOT NULL,
    role       VARCHAR(16)              NOT NULL,
    prefix     VARCHAR(16)              NOT NULL,
    key_hash   VARCHAR(64)              NOT NULL,
    operator   BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash),
    CONSTRAINT api_key_role_check CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN'))
);

CREATE INDEX api_key_tenant_idx ON api_key (tenant_id, created_at, id);

-- Assessments belong to a tenant; every list and lookup leads with it.
ALTER TABLE assessment ADD COLUMN tenant_id UUID;
UPDATE assessment SET tenant_id = '00000000-0000-7000-8000-000000000001';
ALTER TABLE assessment ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE assessment ADD CONSTRAINT assessment_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id);

DROP INDEX assessment_newest_idx;
DROP INDEX assessment_organization_idx;
DROP INDEX assessment_status_idx;
DROP INDEX assessment_organization_status_idx;
CREATE INDEX assessment_newest_idx ON assessment (tenant_id, created_at DESC, id DESC);
CREATE INDEX assessment_organization_idx ON assessment (tenant_id, organization_key, created_at DESC, id DESC);
CREATE INDEX assessment_status_idx ON assessment (tenant_id, status, created_at DESC, id DESC);
CREATE INDEX assessment_organization_status_idx
    ON assessment (tenant_id, organization_key, status, created_at DESC, id DESC);

-- The tally of V3, per tenant: 16 rows per status for each tenant, created with the tenant.
CREATE TABLE tenant_tally (
    tenant_id   UUID        NOT NULL REFERENCES tenant (id),
    status      VARCHAR(16) NOT NULL,
    shard       INTEGER     NOT NULL,
    assessments BIGINT      NOT NULL,
    CONSTRAINT tenant_tally_pk PRIMARY KEY (tenant_id, status, shard),
    CONSTRAINT tenant_tally_status_check CHECK (status IN ('DRAFT', 'SUBMITTED'))
);

INSERT INTO tenant_tally (tenant_id, status, shard, assessments)
SELECT '00000000-0000-7000-8000-000000000001', status, shard, assessments FROM assessment_tally;

DROP TABLE assessment_tally;

-- Respondent tokens (answer and submit one assessment) and share tokens (read one submitted
-- assessment's result); deleting the assessment deletes its tokens.
CREATE TABLE access_token (
    id            UUID                     NOT NULL PRIMARY KEY,
    tenant_id     UUID                     NOT NULL REFERENCES tenant (id),
    assessment_id UUID                     NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    kind          VARCHAR(16)              NOT NULL,
    name          VARCHAR(400),
    prefix        VARCHAR(16)              NOT NULL,
    token_hash    VARCHAR(64)              NOT NULL,
    created_by    VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT access_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT access_token_kind_check CHECK (kind IN ('RESPONDENT', 'SHARE'))
);

CREATE INDEX access_token_assessment_idx ON access_token (assessment_id, kind, created_at, id);

-- Who created, changed, submitted or deleted what, and when: never a secret, only the prefix of
-- the key or token that acted.
CREATE TABLE audit_event (
    id          UUID                     NOT NULL PRIMARY KEY,
    tenant_id   UUID                     NOT NULL REFERENCES tenant (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    action      VARCHAR(32)              NOT NULL,
    target_type VARCHAR(32)              NOT NULL,
    target_id   UUID                     NOT NULL
);

CREATE INDEX audit_event_tenant_idx ON audit_event (tenant_id, occurred_at DESC, id DESC);

-- Idempotency keys are per tenant: the stored key is the tenant's id, a colon and the client's key.
ALTER TABLE idempotency_record ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(300);
UPDATE idempotency_record SET idempotency_key = '00000000-0000-7000-8000-000000000001:' || idempotency_key;
