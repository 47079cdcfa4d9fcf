-- What the portfolio and the peer benchmarks read of an organization: its standing, rows of its
-- own kept beside it (not on it, so that a submit, which locks its assessment and then the
-- standing, and a rename, which locks the organization and then its assessments, never wait on
-- each other). The standing holds its latest submitted assessment's index and band, the index of
-- the one before, and how many it has submitted; organization_score the latest scores (the index,
-- as "overall", and each dimension's), organization_step the recommendations it fired with their
-- expected reduction. The database then computes the portfolio's quartiles and a peer group's
-- percentiles itself, reading a few rows per organization instead of a result of ten kilobytes,
-- and the service holds none of them. The service rewrites the three whenever one of the
-- organization's assessments is submitted or deleted; existing organizations get a standing
-- marked stale, which the service fills in when it starts.
CREATE TABLE organization_standing (
    organization_id        UUID                     NOT NULL PRIMARY KEY
        REFERENCES organization (id) ON DELETE CASCADE,
    tenant_id              UUID                     NOT NULL REFERENCES tenant (id),
    stale                  BOOLEAN                  NOT NULL,
    submitted              INTEGER                  NOT NULL,
    latest_assessment_id   UUID,
    latest_submitted_at    TIMESTAMP WITH TIME ZONE,
    latest_overall         DOUBLE PRECISION,
    latest_band            VARCHAR(16),
    previous_assessment_id UUID,
    previous_overall       DOUBLE PRECISION,
    CONSTRAINT organization_standing_submitted_check CHECK (submitted >= 0)
);

INSERT INTO organization_standing (organization_id, tenant_id, stale, submitted)
SELECT id, tenant_id, TRUE, 0 FROM organization;

-- The portfolio reads a tenant's standings; the start-up refresh finds the stale ones.
CREATE INDEX organization_standing_tenant_idx ON organization_standing (tenant_id, latest_submitted_at);
CREATE INDEX organization_standing_stale_idx ON organization_standing (stale);

CREATE TABLE organization_score (
    organization_id UUID             NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    dimension       VARCHAR(50)      NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (organization_id, dimension)
);

CREATE TABLE organization_step (
    organization_id   UUID             NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    recommendation_id VARCHAR(100)     NOT NULL,
    title             VARCHAR(500)     NOT NULL,
    reference         VARCHAR(20),
    reduction         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (organization_id, recommendation_id)
);

-- An organization's peer group: its industry and size, trimmed and lower-cased, joined by a line
-- feed (which neither may contain); null unless both are given. The service sets it whenever it
-- writes the organization, and for those that have none when it starts (in Java, as it always
-- does, so that SQL's narrower idea of trimming and case never splits a group); the peer
-- benchmark finds a group through this index, across tenants.
ALTER TABLE organization ADD COLUMN peer_group VARCHAR(400);
CREATE INDEX organization_peer_group_idx ON organization (peer_group, tenant_id);

-- Whether the tenant's organizations take part in peer benchmarks across tenants (an ADMIN's
-- choice, off until chosen): only tenants that take part are counted, and see the shared groups.
ALTER TABLE tenant ADD COLUMN peer_benchmarks BOOLEAN DEFAULT FALSE NOT NULL;
