-- Assessments. Answers and result are JSON text, read and written whole; a submitted result is
-- never recomputed. Portable SQL: the same migration serves H2 and PostgreSQL.
CREATE TABLE assessment (
    id                    UUID                     NOT NULL PRIMARY KEY,
    version               BIGINT                   NOT NULL,
    organization_name     VARCHAR(200)             NOT NULL,
    organization_key      VARCHAR(200)             NOT NULL,
    organization_industry VARCHAR(100),
    organization_size     VARCHAR(50),
    questionnaire_version VARCHAR(50)              NOT NULL,
    status                VARCHAR(16)              NOT NULL,
    answers               VARCHAR(100000)          NOT NULL,
    result                VARCHAR(200000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assessment_status_check CHECK (status IN ('DRAFT', 'SUBMITTED'))
);

-- One index per list filter, each ending in the sort order (newest first, id as tie-break), so
-- that a filtered page is an index range scan rather than a sort of the table.
CREATE INDEX assessment_newest_idx ON assessment (created_at DESC, id DESC);
CREATE INDEX assessment_organization_idx ON assessment (organization_key, created_at DESC, id DESC);
CREATE INDEX assessment_status_idx ON assessment (status, created_at DESC, id DESC);
CREATE INDEX assessment_organization_status_idx ON assessment (organization_key, status, created_at DESC, id DESC);
