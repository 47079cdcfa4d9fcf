#!/usr/bin/env bash
# HTTP throughput and latency of each endpoint, as a ratio to the service's cheapest endpoint
# (GET /q/health/live) measured in the same run, at 64 connections, against the packaged service
# with the production JVM options. Ends with a kill -9 right after the write run and a count of
# what survived.
#   bench/http.sh [h2|postgresql] [seconds per endpoint, default 20; smoke 2]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
seconds="${2:-$(smoke_or 20 2)}"
bench_prepare "$database"
start_fresh_service bench

# One submitted assessment to read.
id=$(api POST /api/v1/assessments -H 'Content-Type: application/json' \
    -d "{\"organization\": {\"name\": \"Bench reader\"}, \"answers\": $(cat examples/worked-example-answers.json)}" \
    | sed -nE 's/.*"id":"([^"]+)".*/\1/p')
[ -n "$id" ] || fail "the assessment to read was not created"
api POST "/api/v1/assessments/$id/submit" >/dev/null

export BENCH_ORGANIZATION="Bench warm-up $(date +%s)"
endpoints=(
    "baseline|GET /q/health/live|$BENCH_URL/q/health/live|"
    "score|POST /api/v1/scores (complete answers)|$BENCH_URL/api/v1/scores|bench/lua/score.lua"
    "read|GET /api/v1/assessments/{id}|$BENCH_URL/api/v1/assessments/$id|"
    "create|POST /api/v1/assessments (complete answers)|$BENCH_URL/api/v1/assessments|bench/lua/create.lua"
)

warmup=$(smoke_or "$seconds" 1)
echo "warming up (${warmup}s per endpoint)..." >&2
for entry in "${endpoints[@]}"; do
    IFS='|' read -r key label url lua <<<"$entry"
    WRK_WARM_UP=1 wrk_run "$key" "${warmup}s" "$url" "$lua" >/dev/null
done

# The baseline is measured again right before each endpoint, and each ratio uses the baseline
# next to it: on a shared machine the baseline alone drifts by 15 % within one run.
results="$BENCH_TMP/results"
export BENCH_ORGANIZATION="Bench writer $(date +%s)"
IFS='|' read -r _ _ base_url _ <<<"${endpoints[0]}"
for entry in "${endpoints[@]:1}"; do
    IFS='|' read -r key label url lua <<<"$entry"
    wrk_run baseline "${seconds}s" "$base_url" >>"$results"
    wrk_run "$key" "${seconds}s" "$url" "$lua" >>"$results"
done
rss=$(rss_mb "$SERVICE_PID")

# Every acknowledged create must survive a kill -9 straight after the load.
created=$(awk '$1 == "create" {print $6 - $5}' "$results")
kill9_service
start_service "$BENCH_DATA"
found=$(api GET /api/v1/assessments -G --data-urlencode "organization=$BENCH_ORGANIZATION" --data-urlencode size=1 \
    | sed -nE 's/.*"total":([0-9]+).*/\1/p')
[ -n "$found" ] || fail "no total in the list after the restart"

echo
echo "HTTP benchmark: $database, $(nproc) cores, wrk -t2 -c64, ${seconds}s per endpoint after a ${warmup}s warm-up"
echo "JVM: $PROD_JVM_OPTS"
echo "Each endpoint's ratios are to the baseline run just before it."
awk '
    BEGIN { printf "%-10s %12s %8s %9s %9s %11s %6s\n", "endpoint", "requests/s", "ratio", "p50 ms", "p99 ms", "p99/base", "non2xx" }
    $1 == "baseline" { base_rps = $2; base_p99 = $4 }
    { printf "%-10s %12.1f %8.2f %9.2f %9.2f %11.2f %6d\n", $1, $2, $2 / base_rps, $3, $4, $4 / base_p99, $5 }' "$results"
echo "RSS after the load: ${rss} MB"
echo "VERDICT kill -9 after the write load: $created acknowledged creates expected, $found found after restart"
[ "$found" -ge "$created" ]
