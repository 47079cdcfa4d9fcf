-- Several respondents per assessment, each answering for one role, and an optional review.

-- A respondent token may answer for one role (a questionnaire's `respondent` value) and name whom
-- it was sent to; without a role it acts as before, for the coordinator.
ALTER TABLE access_token ADD COLUMN respondent_role VARCHAR(16);
ALTER TABLE access_token ADD COLUMN email VARCHAR(400);
-- When the token had first answered all it was to answer (respondent.finished is sent once).
ALTER TABLE access_token ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;

-- Who gave which answer: one row per question and giver. A giver is a role token (its id) or the
-- coordinator (keys and tokens without a role), who hold one answer per question between them, as
-- before. The assessment's answers column keeps the answers that count; these rows say where they
-- came from, keep each respondent's own answer beside the others', and carry the notes.
CREATE TABLE answer_given (
    assessment_id   UUID                     NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id     VARCHAR(100)             NOT NULL,
    giver           VARCHAR(40)              NOT NULL,
    respondent_role VARCHAR(16),
    given_by        VARCHAR(200)             NOT NULL,
    answer          VARCHAR(4000),
    note            VARCHAR(2000),
    noted_by        VARCHAR(64),
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT answer_given_pk PRIMARY KEY (assessment_id, question_id, giver)
);

-- A coordinator's choice between respondents who disagree, with an optional note. A respondent who
-- changes an answer to that question afterwards reopens it: the row is deleted.
CREATE TABLE answer_resolution (
    assessment_id UUID                     NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   VARCHAR(100)             NOT NULL,
    answer        VARCHAR(4000)            NOT NULL,
    note          VARCHAR(2000),
    resolved_by   VARCHAR(64)              NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT answer_resolution_pk PRIMARY KEY (assessment_id, question_id)
);

-- Review before a result counts: a tenant may require a second EDITOR or ADMIN to approve a
-- submitted assessment, which waits IN_REVIEW until then.
ALTER TABLE tenant ADD COLUMN review_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE assessment ADD COLUMN submitted_by VARCHAR(64);
ALTER TABLE assessment ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE assessment ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE assessment DROP CONSTRAINT assessment_status_check;
ALTER TABLE assessment ADD CONSTRAINT assessment_status_check
    CHECK (CASE status WHEN 'DRAFT' THEN TRUE WHEN 'IN_REVIEW' THEN TRUE WHEN 'SUBMITTED' THEN TRUE ELSE FALSE END);

ALTER TABLE tenant_tally DROP CONSTRAINT tenant_tally_status_check;
ALTER TABLE tenant_tally ADD CONSTRAINT tenant_tally_status_check
    CHECK (CASE status WHEN 'DRAFT' THEN TRUE WHEN 'IN_REVIEW' THEN TRUE WHEN 'SUBMITTED' THEN TRUE ELSE FALSE END);

INSERT INTO tenant_tally (tenant_id, status, shard, assessments)
SELECT tenant_id, 'IN_REVIEW', shard, 0 FROM tenant_tally WHERE status = 'DRAFT';
