#!/usr/bin/env bash
# Creates under sustained load, round after round on one database: whether their cost stays flat
# as the data grows, and how large the database gets. Each round prints creates per second, its
# ratio to the baseline (GET /q/health/live, measured before the first round), p50, p99, the
# assessments stored so far and the size of the database on disk.
#   bench/sustained-writes.sh [h2|postgresql] [rounds, default 8; smoke 2] [seconds per round, default 15; smoke 2]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
rounds="${2:-$(smoke_or 8 2)}"
seconds="${3:-$(smoke_or 15 2)}"
bench_prepare "$database"
start_fresh_service sustained

# Bytes on disk: the H2 file, or the PostgreSQL database the service writes to.
database_mb() {
    if [ "$database" = h2 ]; then
        echo $(($(stat -c %s "$BENCH_DATA/airisk.mv.db") / 1048576))
    else
        PGPASSWORD="$AIRISK_DB_PASSWORD" psql -qAt -h 127.0.0.1 -U "$AIRISK_DB_USER" -d "${AIRISK_DB_URL##*/}" \
            -c "SELECT pg_database_size(current_database()) / 1048576"
    fi
}

export BENCH_ORGANIZATION="Bench sustained $(date +%s)"
wrk_run baseline "${seconds}s" "$BENCH_URL/q/health/live" >/dev/null   # warm-up
base=$(wrk_run baseline "${seconds}s" "$BENCH_URL/q/health/live" | awk '{print $2}')

echo "Sustained creates: $database, $(nproc) cores, wrk -t2 -c64, $rounds rounds of ${seconds}s on one database"
echo "JVM: $PROD_JVM_OPTS"
echo "baseline: $base requests/s"
printf "%-6s %12s %8s %9s %9s %12s %12s\n" round creates/s ratio "p50 ms" "p99 ms" assessments "database MB"
stored=0
for round in $(seq 1 "$rounds"); do
    wrk_run create "${seconds}s" "$BENCH_URL/api/v1/assessments" bench/lua/create.lua >"$BENCH_TMP/round"
    read -r _ rps p50 p99 _ requests <"$BENCH_TMP/round"
    stored=$((stored + requests))
    printf "%-6s %12.1f %8.3f %9.2f %9.2f %12d %12s\n" "$round" "$rps" "$(echo "$rps $base" | awk '{print $1 / $2}')" \
        "$p50" "$p99" "$stored" "$(database_mb)"
done
echo "RSS after the load: $(rss_mb "$SERVICE_PID") MB"
