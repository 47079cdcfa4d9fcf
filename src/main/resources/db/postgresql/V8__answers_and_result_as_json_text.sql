-- Answers and result as json rather than jsonb: PostgreSQL keeps json as the text it was given
-- (checked to be JSON) and answers it as it is, where jsonb is converted back to text on every
-- read; the service reads these columns whole and never queries inside them. docs/performance.md
-- has the measurement.
ALTER TABLE assessment ALTER COLUMN answers TYPE json USING answers::json;
ALTER TABLE assessment ALTER COLUMN result TYPE json USING result::json;
