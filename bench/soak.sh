#!/usr/bin/env bash
# A long run of mixed traffic with a hostile share: whether memory stays flat, the normal requests'
# p99 holds, the service never exits, and every acknowledged create survives a kill -9 at the end.
# Normal traffic (bench/lua/mixed.lua: reads, what-if scores, creates) runs on 54 connections and
# bench/hostile.py on 11 more (stalled bodies with and without a key, long strings, tiny headers, unknown keys,
# pipelining). Every sample prints the resident memory, the heap after a full collection, the
# normal requests' throughput, p99 and errors.
#   bench/soak.sh [h2|postgresql] [minutes, default 30] [seconds per sample, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

database="${1:-h2}"
samples="${2:-30}"
seconds="${3:-60}"
bench_prepare "$database"
start_fresh_service soak

# A submitted assessment to read, and a VIEWER key for the hostile clients (another key than the
# normal traffic's, as an attacker's would be).
id=$(curl -fs -H "$AUTH_HEADER" -X POST "$BENCH_URL/api/v1/assessments" -H 'Content-Type: application/json' \
    -d "{\"organization\": {\"name\": \"Soak reader\"}, \"answers\": $(cat examples/worked-example-answers.json)}" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
curl -fs -H "$AUTH_HEADER" -X POST "$BENCH_URL/api/v1/assessments/$id/submit" >/dev/null
viewer=$(curl -fs -H "$AUTH_HEADER" -X POST "$BENCH_URL/api/v1/keys" -H 'Content-Type: application/json' \
    -d '{"name": "Hostile viewer", "role": "VIEWER"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
export BENCH_READ_ID="$id"
export BENCH_ORGANIZATION="Bench soak $(date +%s)"

python3 bench/hostile.py "$BENCH_PORT" "$viewer" >"$BENCH_DATA/hostile.out" 2>&1 &
hostile=$!
trap 'kill "$hostile" 2>/dev/null || true; stop_service' EXIT

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
rss_log=$(mktemp)
for sample in $(seq 1 "$samples"); do
    out=$(wrk -t2 -c54 -d"${seconds}s" --latency -H "$AUTH_HEADER" -s bench/lua/mixed.lua "$BENCH_URL")
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
        echo "VERDICT the service exited during sample $sample" >&2
        tail -20 "$BENCH_DATA/service.log" >&2
        exit 1
    fi
    read -r rps p99 bad errors made < <(echo "$out" | awk '
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
        END { printf "%.1f %.2f %d %d %d\n", rps, p99, bad + 0, errors + 0, made + 0 }')
    created=$((created + made))
    statuses=$(echo "$out" | sed -n 's/^statuses //p')
    rss=$(rss_mb "$SERVICE_PID")
    read -r heap collections < <(heap_after_gc "$SERVICE_PID")
    echo "$sample $rss" >>"$rss_log"
    printf "%-7s %8s %14s %10s %12s %8s %7s %7s  %s\n" "$sample" "$rss" "$heap" "$collections" "$rps" "$p99" "$bad" "$errors" "$statuses"
done

kill "$hostile"
wait "$hostile" || true
cat "$BENCH_DATA/hostile.out"
echo "ERROR lines in the service's log: $(grep -c '"level":"ERROR"' "$BENCH_DATA/service.log" || true)"

# Every acknowledged create must survive a kill -9 straight after the load.
kill9_service
start_service "$BENCH_DATA"
found=$(curl -fs -H "$AUTH_HEADER" -G "$BENCH_URL/api/v1/assessments" --data-urlencode "organization=$BENCH_ORGANIZATION" \
    --data-urlencode size=1 | sed -E 's/.*"total":([0-9]+).*/\1/')

# Flat: after the first five samples, the largest RSS within 10 % of the smallest.
spread=$(awk '$1 > 5 { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 } END { if (min == "") print "n/a"; else printf "%.3f", max / min }' "$rss_log")
echo "VERDICT RSS after sample 5: largest / smallest = $spread (flat within 10 %: <= 1.100)"
echo "VERDICT kill -9 after the soak: $created acknowledged creates expected, $found found after restart"
[ "$found" -ge "$created" ]
