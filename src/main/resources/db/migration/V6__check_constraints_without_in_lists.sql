-- The CHECK constraints of V1 and V5 as CASE expressions instead of IN lists. H2 compiles a list of
-- constants (an IN list, or comparisons joined by OR, which it turns into one) into a set ordered
-- by the session that created it: once the connection that ran the migrations was closed (the pool
-- removes idle connections), every insert into those tables failed with "The database has been
-- closed" until the service restarted (IdleDatabaseIT). A CASE compares in the session that runs
-- the statement. The rows allowed are the same; PostgreSQL gets the same constraints.
ALTER TABLE assessment DROP CONSTRAINT assessment_status_check;
ALTER TABLE assessment ADD CONSTRAINT assessment_status_check
    CHECK (CASE status WHEN 'DRAFT' THEN TRUE WHEN 'SUBMITTED' THEN TRUE ELSE FALSE END);

ALTER TABLE api_key DROP CONSTRAINT api_key_role_check;
ALTER TABLE api_key ADD CONSTRAINT api_key_role_check
    CHECK (CASE role WHEN 'VIEWER' THEN TRUE WHEN 'EDITOR' THEN TRUE WHEN 'ADMIN' THEN TRUE ELSE FALSE END);

ALTER TABLE tenant_tally DROP CONSTRAINT tenant_tally_status_check;
ALTER TABLE tenant_tally ADD CONSTRAINT tenant_tally_status_check
    CHECK (CASE status WHEN 'DRAFT' THEN TRUE WHEN 'SUBMITTED' THEN TRUE ELSE FALSE END);

ALTER TABLE access_token DROP CONSTRAINT access_token_kind_check;
ALTER TABLE access_token ADD CONSTRAINT access_token_kind_check
    CHECK (CASE kind WHEN 'RESPONDENT' THEN TRUE WHEN 'SHARE' THEN TRUE ELSE FALSE END);
