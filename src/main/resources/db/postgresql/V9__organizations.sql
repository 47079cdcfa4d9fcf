-- Organizations as rows of their own within a tenant: an assessment belongs to one. The
-- organizations that exist already are the names typed into assessments, compared ignoring case
-- (organization_key); each gets the name, industry and size of its latest assessment, and every
-- assessment is attached to its organization. Nothing is deleted: the assessment keeps its copy of
-- the organization's name, which a rename of the organization updates.
CREATE TABLE organization (
    id         UUID                     NOT NULL PRIMARY KEY,
    tenant_id  UUID                     NOT NULL REFERENCES tenant (id),
    version    BIGINT                   NOT NULL,
    name       VARCHAR(400)             NOT NULL,
    name_key   VARCHAR(800)             NOT NULL,
    industry   VARCHAR(200),
    size       VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_name_unique UNIQUE (tenant_id, name_key)
);

INSERT INTO organization (id, tenant_id, version, name, name_key, industry, size, created_at, updated_at)
SELECT gen_random_uuid(), tenant_id, 0, organization_name, organization_key, organization_industry, organization_size,
       first_created, last_created
FROM (SELECT tenant_id, organization_name, organization_key, organization_industry, organization_size,
             ROW_NUMBER() OVER (PARTITION BY tenant_id, organization_key ORDER BY created_at DESC, id DESC) AS latest,
             MIN(created_at) OVER (PARTITION BY tenant_id, organization_key) AS first_created,
             MAX(created_at) OVER (PARTITION BY tenant_id, organization_key) AS last_created
      FROM assessment) named
WHERE latest = 1;

ALTER TABLE assessment ADD COLUMN organization_id UUID;
UPDATE assessment SET organization_id = (
    SELECT o.id FROM organization o WHERE o.tenant_id = assessment.tenant_id AND o.name_key = assessment.organization_key);
ALTER TABLE assessment ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE assessment ADD CONSTRAINT assessment_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id);

-- An organization's history: its submitted assessments in the order they were submitted.
CREATE INDEX assessment_history_idx ON assessment (organization_id, status, submitted_at, id);
-- The organization list, by name, reads the unique constraint's index (tenant_id, name_key).
