#!/usr/bin/env bash
# List, filter and page latency at 1,000, 10,000 and 100,000 stored assessments: p95 per query,
# and its ratio to the p95 at 1,000 (target: within 2x at 100,000).
#   bench/cost-curve.sh [h2|postgresql] [seconds per query, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
seconds="${2:-10}"
bench_prepare "$database"
./mvnw -B -q test-compile -o >/dev/null 2>&1 || ./mvnw -B -q test-compile >/dev/null
trap 'stop_service' EXIT

queries=(
    "newest|/api/v1/assessments?size=20"
    "organization|/api/v1/assessments?organization=Seed%20org%20777&size=20"
    "status|/api/v1/assessments?status=SUBMITTED&size=20"
    "org+status|/api/v1/assessments?organization=seed%20ORG%20777&status=DRAFT&size=20"
    "page 10|/api/v1/assessments?status=SUBMITTED&page=10&size=20"
)
results=$(mktemp)
for size in 1000 10000 100000; do
    data=$(mktemp -d /tmp/airisk-curve-XXXX)
    if [ "$database" = h2 ]; then
        start_service "$data" && stop_service     # Flyway creates the schema
        bench/seed.sh "$size" h2 "$data" >/dev/null
        start_service "$data"
    else
        PGPASSWORD="$AIRISK_DB_PASSWORD" psql -q -h 127.0.0.1 -U "$AIRISK_DB_USER" -d "${AIRISK_DB_URL##*/}" \
            -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public' >/dev/null   # every table, whatever refers to what
        start_service "$data"
        bench/seed.sh "$size" postgresql >/dev/null
    fi
    for entry in "${queries[@]}"; do      # warm every query up before measuring any
        IFS='|' read -r name path <<<"$entry"
        wrk -t1 -c8 -H "$AUTH_HEADER" -d"${seconds}s" -s bench/lua/get-p95.lua "$BENCH_URL$path" >/dev/null
    done
    for entry in "${queries[@]}"; do
        IFS='|' read -r name path <<<"$entry"
        p95=$(wrk -t1 -c8 -H "$AUTH_HEADER" -d"${seconds}s" -s bench/lua/get-p95.lua "$BENCH_URL$path" \
            | sed -nE 's/^PERCENTILES .*p95=([0-9.]+).*/\1/p')
        echo "$size|$name|$p95" >>"$results"
    done
    stop_service
done

echo
echo "Cost curve: $database, wrk -t1 -c8, ${seconds}s per query after a ${seconds}s warm-up; p95 in ms"
awk -F'|' '
    { p95[$2, $1] = $3; names[$2] = 1; order[++n] = $2 }
    END {
        printf "%-14s %10s %10s %10s %16s\n", "query", "1,000", "10,000", "100,000", "100k / 1k"
        for (i = 1; i <= n; i++) {
            q = order[i]; if (seen[q]++) continue
            ratio = p95[q, 100000] / p95[q, 1000]
            printf "%-14s %10.2f %10.2f %10.2f %15.2fx%s\n", q, p95[q, 1000], p95[q, 10000], p95[q, 100000], ratio, ratio <= 2 ? "" : "  MISSED"
        }
    }' "$results"
