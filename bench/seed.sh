#!/usr/bin/env bash
# Seeds N assessments of the first tenant straight into the database, for the cost-curve benchmark:
# half of them submitted with a real stored result, spread over 1,000 organizations (migration V9:
# created when missing) and N seconds of history; and, whatever N, one more organization, "Tracked
# org", with a history of 1,000 submitted assessments, one a day, whose answers alternate between
# the worked example and its next quarter (three answers changed), so that every step of its trend
# has a change to explain. Every seeded organization is in Manufacturing, 1000-5000 (one peer group
# of 1,001); the service computes their standings (migration V12) when it next starts, as it does
# for whatever was written without it.
#   bench/seed.sh N h2 DATA_DIR     (the service must be stopped: H2 files are single-process)
#   bench/seed.sh N postgresql      (uses AIRISK_DB_* from .ci/postgres.sh)
# Answers and result are those of the worked example, as the API would have stored them. On
# PostgreSQL the table is then vacuumed, as autovacuum would have done by the time a table of
# that size is read: counts can then use index-only scans. The list totals' tally (migrations V3, V5)
# is recounted, as the service keeps it when it writes.
set -euo pipefail
cd "$(dirname "$0")/.."

count="$1"
database="$2"
# The package to take the classes from (bench/lib.sh builds one per database kind).
app="${BENCH_APP:-target/quarkus-app}"
# example [next-quarter]: the answers, then the result, as stored JSON quoted for SQL.
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
example() {
    java -cp "$app/lib/main/*:$app/app/*:target/test-classes" \
        io.airisk.bench.WorkedExampleResult "$@" 2>>"$errors" | sed "s/'/''/g" || true
}
mapfile -t now < <(example)
mapfile -t next < <(example next-quarter)
if [ "${#now[@]}" -ne 2 ] || [ "${#next[@]}" -ne 2 ]; then
    head -20 "$errors" >&2
    echo "seed.sh: build first (./mvnw package, which compiles the tests) so that the worked example's result can be computed" >&2
    exit 1
fi
sql_answers=${now[0]}
sql_result=${now[1]}
tenant="'00000000-0000-7000-8000-000000000001'"

case "$database" in
    h2)
        data="$3"
        cat >"$data/seed.sql" <<SQL
INSERT INTO organization (id, tenant_id, version, name, name_key, created_at, updated_at)
SELECT RANDOM_UUID(), $tenant, 0, 'Seed org ' || (X - 1), 'seed org ' || (X - 1),
    TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'
FROM SYSTEM_RANGE(1, 1000)
WHERE NOT EXISTS (SELECT 1 FROM organization o
                  WHERE o.tenant_id = $tenant AND o.name_key = 'seed org ' || (X - 1));
INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name, organization_key, questionnaire_version, status,
    answers, result, created_at, updated_at, submitted_at)
SELECT RANDOM_UUID(), $tenant, 0,
    (SELECT o.id FROM organization o WHERE o.tenant_id = $tenant AND o.name_key = 'seed org ' || MOD(X, 1000)),
    'Seed org ' || MOD(X, 1000), 'seed org ' || MOD(X, 1000), 'v3',
    CASE WHEN MOD(X, 2) = 0 THEN 'SUBMITTED' ELSE 'DRAFT' END,
    JSON '$sql_answers', CASE WHEN MOD(X, 2) = 0 THEN JSON '$sql_result' END,
    DATEADD(SECOND, X, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'),
    DATEADD(SECOND, X, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'),
    CASE WHEN MOD(X, 2) = 0 THEN DATEADD(SECOND, X, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00') END
FROM SYSTEM_RANGE(1, $count);
INSERT INTO organization (id, tenant_id, version, name, name_key, created_at, updated_at)
SELECT RANDOM_UUID(), $tenant, 0, 'Tracked org', 'tracked org',
    TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'
WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.tenant_id = $tenant AND o.name_key = 'tracked org');
INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name, organization_key, questionnaire_version, status,
    answers, result, created_at, updated_at, submitted_at)
SELECT RANDOM_UUID(), $tenant, 0,
    (SELECT o.id FROM organization o WHERE o.tenant_id = $tenant AND o.name_key = 'tracked org'),
    'Tracked org', 'tracked org', 'v3', 'SUBMITTED',
    CASE WHEN MOD(X, 2) = 0 THEN JSON '$sql_answers' ELSE JSON '${next[0]}' END,
    CASE WHEN MOD(X, 2) = 0 THEN JSON '$sql_result' ELSE JSON '${next[1]}' END,
    DATEADD(DAY, X, TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    DATEADD(DAY, X, TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00'),
    DATEADD(DAY, X, TIMESTAMP WITH TIME ZONE '2022-01-01 00:00:00+00')
FROM SYSTEM_RANGE(1, 1000);
UPDATE organization SET industry = 'Manufacturing', size = '1000-5000', peer_group = 'manufacturing' || CHR(10) || '1000-5000'
WHERE tenant_id = $tenant AND peer_group IS NULL;
UPDATE tenant_tally
SET assessments = CASE WHEN shard = 0
    THEN (SELECT COUNT(*) FROM assessment a
          WHERE a.tenant_id = tenant_tally.tenant_id AND a.status = tenant_tally.status) ELSE 0 END;
SQL
        java -cp "$app/lib/main/*" org.h2.tools.RunScript \
            -url "jdbc:h2:file:$data/airisk" -user airisk -script "$data/seed.sql"
        ;;
    postgresql)
        PGPASSWORD="$AIRISK_DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$AIRISK_DB_USER" -d "${AIRISK_DB_URL##*/}" <<SQL
INSERT INTO organization (id, tenant_id, version, name, name_key, created_at, updated_at)
SELECT gen_random_uuid(), $tenant, 0, 'Seed org ' || (x - 1), 'seed org ' || (x - 1),
    TIMESTAMPTZ '2025-01-01 00:00:00+00', TIMESTAMPTZ '2025-01-01 00:00:00+00'
FROM generate_series(1, 1000) AS x
ON CONFLICT (tenant_id, name_key) DO NOTHING;
INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name, organization_key, questionnaire_version, status,
    answers, result, created_at, updated_at, submitted_at)
SELECT gen_random_uuid(), $tenant, 0, o.id,
    'Seed org ' || (x % 1000), 'seed org ' || (x % 1000), 'v3',
    CASE WHEN x % 2 = 0 THEN 'SUBMITTED' ELSE 'DRAFT' END,
    '$sql_answers'::json, CASE WHEN x % 2 = 0 THEN '$sql_result'::json END,
    TIMESTAMPTZ '2025-01-01 00:00:00+00' + x * INTERVAL '1 second',
    TIMESTAMPTZ '2025-01-01 00:00:00+00' + x * INTERVAL '1 second',
    CASE WHEN x % 2 = 0 THEN TIMESTAMPTZ '2025-01-01 00:00:00+00' + x * INTERVAL '1 second' END
FROM generate_series(1, $count) AS x
JOIN organization o ON o.tenant_id = $tenant AND o.name_key = 'seed org ' || (x % 1000);
INSERT INTO organization (id, tenant_id, version, name, name_key, created_at, updated_at)
VALUES (gen_random_uuid(), $tenant, 0, 'Tracked org', 'tracked org',
    TIMESTAMPTZ '2022-01-01 00:00:00+00', TIMESTAMPTZ '2022-01-01 00:00:00+00')
ON CONFLICT (tenant_id, name_key) DO NOTHING;
INSERT INTO assessment (id, tenant_id, version, organization_id, organization_name, organization_key, questionnaire_version, status,
    answers, result, created_at, updated_at, submitted_at)
SELECT gen_random_uuid(), $tenant, 0, o.id, 'Tracked org', 'tracked org', 'v3', 'SUBMITTED',
    CASE WHEN x % 2 = 0 THEN '$sql_answers' ELSE '${next[0]}' END::json,
    CASE WHEN x % 2 = 0 THEN '$sql_result' ELSE '${next[1]}' END::json,
    TIMESTAMPTZ '2022-01-01 00:00:00+00' + x * INTERVAL '1 day',
    TIMESTAMPTZ '2022-01-01 00:00:00+00' + x * INTERVAL '1 day',
    TIMESTAMPTZ '2022-01-01 00:00:00+00' + x * INTERVAL '1 day'
FROM generate_series(1, 1000) AS x
JOIN organization o ON o.tenant_id = $tenant AND o.name_key = 'tracked org';
UPDATE organization SET industry = 'Manufacturing', size = '1000-5000', peer_group = 'manufacturing' || CHR(10) || '1000-5000'
WHERE tenant_id = $tenant AND peer_group IS NULL;
UPDATE tenant_tally
SET assessments = CASE WHEN shard = 0
    THEN (SELECT COUNT(*) FROM assessment a
          WHERE a.tenant_id = tenant_tally.tenant_id AND a.status = tenant_tally.status) ELSE 0 END;
VACUUM ANALYZE organization;
VACUUM ANALYZE assessment;
SQL
        ;;
    *) echo "usage: $0 N h2 DATA_DIR | $0 N postgresql" >&2; exit 2 ;;
esac
