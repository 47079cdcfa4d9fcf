#!/usr/bin/env bash
# What a read costs as the data grows: p95 of each list query, of the organization list and of one
# organization's trend, at each number of stored assessments, and its ratio to the p95 at the first
# (target: within 2x at the last). The tracked organization's history is 1,000 assessments at
# every size (bench/seed.sh): its trend must not grow with the tenant's other data.
#   bench/cost-curve.sh [h2|postgresql] [seconds per query, default 10; smoke 2] [sizes, default "1000 10000 100000"; smoke "200 400"]
# e.g. bench/cost-curve.sh postgresql 10 "1000 100000 1000000"
# Every size starts from an empty database; after seeding, the list's total must be the number
# seeded, and each export must hold every row. In smoke mode one request warms each query up.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
seconds="${2:-$(smoke_or 10 2)}"
warmup="$(smoke_or "$seconds" 0)"
read -r -a sizes <<<"${3:-$(smoke_or "1000 10000 100000" "200 400")}"
bench_prepare "$database"

queries=(
    "newest|/api/v1/assessments?size=20"
    "organization|/api/v1/assessments?organization=Seed%20org%20777&size=20"
    "status|/api/v1/assessments?status=SUBMITTED&size=20"
    "org+status|/api/v1/assessments?organization=seed%20ORG%20777&status=DRAFT&size=20"
    "page 10|/api/v1/assessments?status=SUBMITTED&page=10&size=20"
    "orgs|/api/v1/organizations?size=20"
    "orgs by name|/api/v1/organizations?name=seed%20org%2077&size=20"
    "trend|/api/v1/organizations/TRACKED/trend"
    "trend 100|/api/v1/organizations/TRACKED/trend?size=100"
    "portfolio|/api/v1/portfolio"
    "portfolio by industry|/api/v1/portfolio?industry=manufacturing&size=1000-5000"
    "peers|/api/v1/assessments/SUBMITTED/peers"
)
# The whole export in one format, read as fast as curl writes it away: rows per second, and the
# most heap the service used meanwhile (its Micrometer gauge, polled twice a second).
exports="$BENCH_TMP/exports"
export_rate() {
    local size="$1" format="$2" peak=0 used started rows seconds
    started=$(date +%s.%N)
    curl -fsS -H "$AUTH_HEADER" "$BENCH_URL/api/v1/assessments/export?format=$format" \
        | wc -l >"$exports.rows" &
    local reader=$!
    while kill -0 "$reader" 2>/dev/null; do
        used=$(curl -fs "$BENCH_URL/q/metrics" \
            | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%d", sum / 1048576 }')
        [ "${used:-0}" -gt "$peak" ] && peak=$used
        sleep 0.5
    done
    wait "$reader" || fail "the $format export at $size failed"
    seconds=$(echo "$(date +%s.%N) - $started" | bc)
    rows=$(cat "$exports.rows")
    # A CSV row is a line (the seeded names and answers hold no line feed), after the header.
    [ "$format" = csv ] && rows=$((rows - 1))
    [ "$rows" = "$seeded" ] || fail "the $format export at $size held $rows rows of $seeded"
    echo "$size|$format|$rows|$(printf '%.1f' "$seconds")|$(echo "$rows / $seconds" | bc)|$peak" >>"$exports"
}

# A query's path, with the seeded ids it names filled in, and its URL.
path_of() {
    local path="${1/TRACKED/$tracked}"
    echo "${path/SUBMITTED\/peers/$submitted/peers}"
}
url() { echo "$BENCH_URL$(path_of "$1")"; }
results="$BENCH_TMP/results"
for size in "${sizes[@]}"; do
    data="$BENCH_TMP/curve-$size"
    started=$SECONDS
    if [ "$database" = h2 ]; then
        start_service "$data" && stop_service     # Flyway creates the schema
        BENCH_APP="$BENCH_APP" bench/seed.sh "$size" h2 "$data" >/dev/null
        start_service "$data"
    else
        # Every table, whatever refers to what.
        PGPASSWORD="$AIRISK_DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$AIRISK_DB_USER" -d "$BENCH_DB" \
            -c 'SET client_min_messages = warning' -c 'DROP SCHEMA public CASCADE' -c 'CREATE SCHEMA public' \
            || fail "the database $BENCH_DB could not be emptied"
        start_service "$data"                      # Flyway creates the schema
        BENCH_APP="$BENCH_APP" bench/seed.sh "$size" postgresql >/dev/null   # beside the idle service,
        stop_service && start_service "$data"      # which computes the seeded organizations' standings as it starts
    fi
    # The seed's assessments and the tracked organization's 1,000, as the list counts them.
    seeded=$(api GET "/api/v1/assessments?size=1" | sed -nE 's/.*"total":([0-9]+).*/\1/p')
    [ "$seeded" = $((size + 1000)) ] || fail "$((size + 1000)) assessments seeded, the list counts ${seeded:-none}"
    echo "$size assessments seeded and the service ready in $((SECONDS - started)) s" >&2
    tracked=$(api GET "/api/v1/organizations?name=Tracked%20org" | sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p')
    [ -n "$tracked" ] || fail "the tracked organization was not seeded"
    submitted=$(api GET "/api/v1/assessments?status=SUBMITTED&size=1" | sed -nE 's/.*"id":"([0-9a-f-]{36})".*/\1/p' | head -1)
    [ -n "$submitted" ] || fail "no submitted assessment was seeded"
    for entry in "${queries[@]}"; do      # warm every query up before measuring any
        IFS='|' read -r name path <<<"$entry"
        if [ "$warmup" = 0 ]; then
            api GET "$(path_of "$path")" >/dev/null
        else
            WRK_WARM_UP=1 wrk_load "$name at $size (warm-up)" "$BENCH_TMP/wrk.out" -t1 -c8 -d"${warmup}s" -s bench/lua/report.lua "$(url "$path")"
        fi
    done
    for entry in "${queries[@]}"; do
        IFS='|' read -r name path <<<"$entry"
        wrk_load "$name at $size" "$BENCH_TMP/wrk.out" -t1 -c8 -d"${seconds}s" -s bench/lua/report.lua "$(url "$path")"
        echo "$size|$name|$(percentile p95 "$BENCH_TMP/wrk.out")" >>"$results"
    done
    for format in jsonl csv; do
        export_rate "$size" "$format"
    done
    stop_service
    rm -rf "$data"
done

echo
echo "Cost curve: $database, wrk -t1 -c8, ${seconds}s per query after a warm-up of $([ "$warmup" = 0 ] && echo "one request" || echo "${warmup}s"); p95 in ms"
awk -F'|' -v sizes="${sizes[*]}" -v smoke="$BENCH_SMOKE" '
    BEGIN { n = split(sizes, size, " ") }
    { p95[$2, $1] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++q] = $2 } }
    END {
        printf "%-22s", "query"; for (i = 1; i <= n; i++) printf " %10s", size[i]; printf " %12s\n", "last / first"
        for (j = 1; j <= q; j++) {
            name = order[j]; printf "%-22s", name
            for (i = 1; i <= n; i++) printf " %10.2f", p95[name, size[i]]
            ratio = p95[name, size[n]] / p95[name, size[1]]
            printf " %11.2fx%s\n", ratio, (ratio <= 2 || smoke == 1) ? "" : "  MISSED"
        }
    }' "$results"
echo
echo "Export (the whole tenant, read at once): rows, seconds, rows/s, most heap used in MB"
column -t -s'|' -N size,format,rows,seconds,rows/s,heap "$exports"
