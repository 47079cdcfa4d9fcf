-- What the portfolio and the peer benchmarks read of an organization: its standing, a row of its
-- own kept beside it (not on it, so that a submit, which locks its assessment and then this row,
-- and a rename, which locks the organization and then its assessments, never wait on each other).
-- The standing is the summary of the organization's latest submitted assessment (index, band,
-- dimension scores, recommendations with their expected reduction: a few hundred bytes, where a
-- result is ten kilobytes), the index of the one before, and how many it has submitted. The
-- service rewrites it whenever one of its assessments is submitted or deleted. Existing
-- organizations get a row marked stale, which the service fills in when it starts.
CREATE TABLE organization_standing (
    organization_id        UUID                     NOT NULL PRIMARY KEY
        REFERENCES organization (id) ON DELETE CASCADE,
    tenant_id              UUID                     NOT NULL REFERENCES tenant (id),
    stale                  BOOLEAN                  NOT NULL,
    submitted              INTEGER                  NOT NULL,
    latest_assessment_id   UUID,
    latest_submitted_at    TIMESTAMP WITH TIME ZONE,
    previous_assessment_id UUID,
    previous_submitted_at  TIMESTAMP WITH TIME ZONE,
    previous_overall       DOUBLE PRECISION,
    summary                JSON,
    CONSTRAINT organization_standing_submitted_check CHECK (submitted >= 0)
);

INSERT INTO organization_standing (organization_id, tenant_id, stale, submitted)
SELECT id, tenant_id, TRUE, 0 FROM organization;

-- The portfolio reads a tenant's standings; the start-up refresh finds the stale ones.
CREATE INDEX organization_standing_tenant_idx ON organization_standing (tenant_id, latest_submitted_at);
CREATE INDEX organization_standing_stale_idx ON organization_standing (stale);

-- An organization's peer group: its industry and size, trimmed and lower-cased, joined by a line
-- feed (which neither may contain); null unless both are given. The service sets it whenever it
-- writes the organization; the peer benchmark finds a group through this index, across tenants.
ALTER TABLE organization ADD COLUMN peer_group VARCHAR(400);
UPDATE organization SET peer_group = LOWER(TRIM(industry)) || CHR(10) || LOWER(TRIM(size))
WHERE TRIM(industry) <> '' AND TRIM(size) <> '';
CREATE INDEX organization_peer_group_idx ON organization (peer_group, tenant_id);

-- Whether the tenant's organizations take part in peer benchmarks across tenants (an ADMIN's
-- choice, off until chosen): only tenants that take part are counted, and see the shared groups.
ALTER TABLE tenant ADD COLUMN peer_benchmarks BOOLEAN DEFAULT FALSE NOT NULL;
