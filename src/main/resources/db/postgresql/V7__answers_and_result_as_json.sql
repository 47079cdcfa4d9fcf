-- Answers and result become jsonb columns, which Hibernate maps to the records they were written
-- from; each stored text is parsed as it is converted.
ALTER TABLE assessment ALTER COLUMN answers TYPE jsonb USING answers::jsonb;
ALTER TABLE assessment ALTER COLUMN result TYPE jsonb USING result::jsonb;
