#!/usr/bin/env bash
# A long run of mixed traffic with a hostile share: whether memory stays flat, the normal requests'
# p99 holds, the service never exits, and every acknowledged create survives a kill -9 at the end.
# Normal traffic (bench/lua/mixed.lua: reads, what-if scores, creates) runs on 54 connections and
# bench/hostile.py on 11 more (stalled bodies with and without a key, long strings, tiny headers, unknown keys,
# pipelining). Every sample prints the resident memory, the heap after a full collection, the
# normal requests' throughput, p99 and errors.
# The soak does not stop at a failed request: each sample prints its non-2xx answers and socket
# errors, and the run fails at the end if there was any.
#   bench/soak.sh [h2|postgresql] [minutes, default 30; smoke 2] [seconds per sample, default 60; smoke 3]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
samples="${2:-$(smoke_or 30 2)}"
seconds="${3:-$(smoke_or 60 3)}"
bench_prepare "$database"
start_fresh_service soak

# A submitted assessment to read, and a VIEWER key for the hostile clients (another key than the
# normal traffic's, as an attacker's would be).
id=$(api POST /api/v1/assessments -H 'Content-Type: application/json' \
    -d "{\"organization\": {\"name\": \"Soak reader\"}, \"answers\": $(cat examples/worked-example-answers.json)}" \
    | sed -nE 's/.*"id":"([^"]+)".*/\1/p')
[ -n "$id" ] || fail "the assessment to read was not created"
api POST "/api/v1/assessments/$id/submit" >/dev/null
viewer=$(api POST /api/v1/keys -H 'Content-Type: application/json' \
    -d '{"name": "Hostile viewer", "role": "VIEWER"}' | sed -nE 's/.*"key":"([^"]+)".*/\1/p')
[ -n "$viewer" ] || fail "the hostile clients' VIEWER key was not created"
export BENCH_READ_ID="$id"
export BENCH_ORGANIZATION="Bench soak $(date +%s)"

python3 bench/hostile.py "$BENCH_PORT" "$viewer" >"$BENCH_DATA/hostile.out" 2>&1 &
hostile=$!
background "$hostile"

# heap_after_gc PID: the old generation in MB right after a full collection, which moves every live
# object there (the young generation meanwhile holds only what the load allocated since), and the
# full collections so far.
heap_after_gc() {
    jcmd "$1" GC.run >/dev/null
    jstat -gc "$1" | awk 'NR == 2 { printf "%.1f %d\n", $8 / 1024, $15 }'
}

echo "Soak: $database, $(nproc) cores, wrk -t2 -c54 mixed traffic and 11 hostile connections, $samples samples of ${seconds}s"
echo "JVM: $PROD_JVM_OPTS"
printf "%-7s %8s %14s %10s %12s %8s %7s %7s  %s\n" sample "RSS MB" "heap after GC" "full GCs" requests/s "p99 ms" non2xx errors statuses
created=0
failed=0
rss_log="$BENCH_TMP/rss"
for sample in $(seq 1 "$samples"); do
    wrk_raw "$BENCH_TMP/sample.out" -t2 -c54 -d"${seconds}s" --latency -s bench/lua/mixed.lua "$BENCH_URL"
    out=$(cat "$BENCH_TMP/sample.out")
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
        tail -20 "$BENCH_DATA/service.log" >&2
        fail "VERDICT the service exited during sample $sample"
    fi
    if ! kill -0 "$hostile" 2>/dev/null; then
        cat "$BENCH_DATA/hostile.out" >&2
        fail "bench/hostile.py exited during sample $sample"
    fi
    echo "$out" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000;
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0;
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000;
            return v;
        }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx or 3xx responses/ { bad = $5 }
        /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        /^Requests\/sec/ { rps = $2 }
        /^created / { made = $2 }
        END { printf "%.1f %.2f %d %d %d\n", rps, p99, bad + 0, errors + 0, made + 0 }' >"$BENCH_TMP/sample"
    read -r rps p99 bad errors made <"$BENCH_TMP/sample"
    created=$((created + made))
    # Kept for the end: every sample's figures are printed first.
    ( wrk_check "sample $sample" "$BENCH_TMP/sample.out" -t2 -c54 -s bench/lua/mixed.lua "$BENCH_URL" ) 2>>"$BENCH_TMP/failures" \
        || failed=$((failed + 1))
    statuses=$(echo "$out" | sed -n 's/^statuses //p')
    rss=$(rss_mb "$SERVICE_PID")
    heap_after_gc "$SERVICE_PID" >"$BENCH_TMP/heap"
    read -r heap collections <"$BENCH_TMP/heap"
    echo "$sample $rss" >>"$rss_log"
    printf "%-7s %8s %14s %10s %12s %8s %7s %7s  %s\n" "$sample" "$rss" "$heap" "$collections" "$rps" "$p99" "$bad" "$errors" "$statuses"
done

kill "$hostile"
wait "$hostile" || true
BENCH_PIDS=()
cat "$BENCH_DATA/hostile.out"
echo "ERROR lines in the service's log: $(grep -c '"level":"ERROR"' "$BENCH_DATA/service.log" || true)"

# Every acknowledged create must survive a kill -9 straight after the load.
kill9_service
start_service "$BENCH_DATA"
found=$(api GET /api/v1/assessments -G --data-urlencode "organization=$BENCH_ORGANIZATION" \
    --data-urlencode size=1 | sed -nE 's/.*"total":([0-9]+).*/\1/p')
[ -n "$found" ] || fail "no total in the list after the restart"

# Flat: after the first five samples, the largest RSS within 10 % of the smallest.
spread=$(awk '$1 > 5 { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 } END { if (min == "") print "n/a"; else printf "%.3f", max / min }' "$rss_log")
echo "VERDICT RSS after sample 5: largest / smallest = $spread (flat within 10 %: <= 1.100)"
echo "VERDICT kill -9 after the soak: $created acknowledged creates expected, $found found after restart"
if [ "$failed" -gt 0 ]; then
    cat "$BENCH_TMP/failures" >&2
    fail "$failed of $samples samples had non-2xx answers or socket errors among the normal requests"
fi
[ "$found" -ge "$created" ]
