-- How many assessments there are in each status, changed in the same transaction as every
-- create, submit and delete, so that the total of an unfiltered or status-filtered list is a sum
-- of a few rows however many assessments exist (a COUNT over an index grows with the rows).
-- Each status is spread over 16 rows: a writer adds to one of them at random, so concurrent
-- writers seldom wait for each other's lock on the same row. The service knows the number 16.
CREATE TABLE assessment_tally (
    status      VARCHAR(16) NOT NULL,
    shard       INTEGER     NOT NULL,
    assessments BIGINT      NOT NULL,
    CONSTRAINT assessment_tally_pk PRIMARY KEY (status, shard),
    CONSTRAINT assessment_tally_status_check CHECK (status IN ('DRAFT', 'SUBMITTED'))
);

INSERT INTO assessment_tally (status, shard, assessments) VALUES
    ('DRAFT', 0, 0), ('DRAFT', 1, 0), ('DRAFT', 2, 0), ('DRAFT', 3, 0),
    ('DRAFT', 4, 0), ('DRAFT', 5, 0), ('DRAFT', 6, 0), ('DRAFT', 7, 0),
    ('DRAFT', 8, 0), ('DRAFT', 9, 0), ('DRAFT', 10, 0), ('DRAFT', 11, 0),
    ('DRAFT', 12, 0), ('DRAFT', 13, 0), ('DRAFT', 14, 0), ('DRAFT', 15, 0),
    ('SUBMITTED', 0, 0), ('SUBMITTED', 1, 0), ('SUBMITTED', 2, 0), ('SUBMITTED', 3, 0),
    ('SUBMITTED', 4, 0), ('SUBMITTED', 5, 0), ('SUBMITTED', 6, 0), ('SUBMITTED', 7, 0),
    ('SUBMITTED', 8, 0), ('SUBMITTED', 9, 0), ('SUBMITTED', 10, 0), ('SUBMITTED', 11, 0),
    ('SUBMITTED', 12, 0), ('SUBMITTED', 13, 0), ('SUBMITTED', 14, 0), ('SUBMITTED', 15, 0);

-- The assessments that exist already, counted once.
UPDATE assessment_tally
SET assessments = (SELECT COUNT(*) FROM assessment a WHERE a.status = assessment_tally.status)
WHERE shard = 0;
