-- Organization names are limited in characters counted as code points (200 emoji are 200
-- characters), which can take twice as many UTF-16 units, the unit H2 counts; lower-casing can
-- lengthen a name further. Widened so that every accepted name fits in either database.
ALTER TABLE assessment ALTER COLUMN organization_name SET DATA TYPE VARCHAR(400);
ALTER TABLE assessment ALTER COLUMN organization_key SET DATA TYPE VARCHAR(800);
ALTER TABLE assessment ALTER COLUMN organization_industry SET DATA TYPE VARCHAR(200);
ALTER TABLE assessment ALTER COLUMN organization_size SET DATA TYPE VARCHAR(100);

-- The assessment a stored response is about, so that deleting the assessment deletes the
-- responses that would replay it.
ALTER TABLE idempotency_record ADD COLUMN resource_id UUID;
CREATE INDEX idempotency_record_resource_idx ON idempotency_record (resource_id);
