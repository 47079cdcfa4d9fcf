-- Organization name keys compared code point by code point (collation "C"), as H2 compares them:
-- the list's order is the same on both databases, and a name prefix (name_key LIKE 'acme%') is a
-- range of the unique index (tenant_id, name_key), which PostgreSQL uses for LIKE only under "C"
-- (QueryPlansTest). The index is rebuilt with the column.
ALTER TABLE organization ALTER COLUMN name_key TYPE VARCHAR(800) COLLATE "C";
