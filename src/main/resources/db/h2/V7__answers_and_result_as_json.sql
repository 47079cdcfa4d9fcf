-- Answers and result become JSON columns, which Hibernate maps to the records they were written
-- from. Each text is parsed as JSON (FORMAT JSON; a plain cast would store it as one JSON string).
-- H2 cannot change a column's type to JSON in place, so each column is rebuilt beside the old one.
ALTER TABLE assessment ALTER COLUMN answers RENAME TO answers_text;
ALTER TABLE assessment ADD COLUMN answers JSON;
UPDATE assessment SET answers = answers_text FORMAT JSON;
ALTER TABLE assessment ALTER COLUMN answers SET NOT NULL;
ALTER TABLE assessment DROP COLUMN answers_text;

ALTER TABLE assessment ALTER COLUMN result RENAME TO result_text;
ALTER TABLE assessment ADD COLUMN result JSON;
UPDATE assessment SET result = result_text FORMAT JSON;
ALTER TABLE assessment DROP COLUMN result_text;
