#!/usr/bin/env bash
# Time from process start to ready (GET /q/health/ready answers 200), and RSS after a load run,
# for the service and for the framework's floor (bench/empty-app: the same extensions, no code),
# measured alternately in the same run with the same JVM options.
#   bench/startup.sh [runs, default 5; smoke 1] [appcds]
# With "appcds", both applications are packaged with a class-data sharing archive
# (quarkus.package.jar.appcds.enabled) and started with it. The load runs 20 s per endpoint (2 s in
# smoke mode).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs="${1:-$(smoke_or 5 1)}"
mode="${2:-}"
load="$(smoke_or 20 2)s"
require_wrk
with_worker_threads h2
build_package h2 $mode
BENCH_APP=$(bench_app h2 $mode)
floor=bench/empty-app/target/quarkus-app
if [ "${BENCH_REUSE_PACKAGE:-0}" != 1 ] || [ ! -f "$floor/quarkus-run.jar" ] || [ -n "$mode" ]; then
    echo "building the floor, bench/empty-app" >&2
    ./mvnw -B -q -ntp -f bench/empty-app/pom.xml package -DskipTests \
        ${mode:+-Dquarkus.package.jar.appcds.enabled=true} >"$BENCH_TMP/floor-build.log" 2>&1 \
        || { tail -40 "$BENCH_TMP/floor-build.log" >&2; fail "bench/empty-app did not build"; }
fi

# start_timed JAR DATA [options...]: starts the jar and leaves it running (SERVICE_PID); READY_MS is
# the milliseconds from process start to ready.
start_timed() {
    local jar="$1" data="$2" cds=()
    shift 2
    [ "$mode" = appcds ] && cds=(-XX:SharedArchiveFile="$(dirname "$jar")/app-cds.jsa")
    start_jar "$jar" "$data" "${cds[@]}" "$@"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# RSS after load: the service under each endpoint's load, the floor under its cheapest endpoint,
# each on its last timed start.
load_service() {
    local id
    id=$(api POST /api/v1/assessments -H 'Content-Type: application/json' \
        -d "{\"organization\": {\"name\": \"Startup bench\"}, \"answers\": $(cat examples/worked-example-answers.json)}" \
        | sed -nE 's/.*"id":"([^"]+)".*/\1/p')
    [ -n "$id" ] || fail "the assessment to read was not created"
    export BENCH_ORGANIZATION="Startup bench"
    wrk_run score "$load" "$BENCH_URL/api/v1/scores" bench/lua/score.lua >/dev/null
    wrk_run read "$load" "$BENCH_URL/api/v1/assessments/$id" >/dev/null
    wrk_run create "$load" "$BENCH_URL/api/v1/assessments" bench/lua/create.lua >/dev/null
    wrk_run list "$load" "$BENCH_URL/api/v1/assessments?size=20" >/dev/null
    service_rss=$(rss_mb "$SERVICE_PID")
}
load_floor() {
    wrk_run live "$load" "$BENCH_URL/q/health/live" >/dev/null
    wrk_run ping "$load" "$BENCH_URL/ping" >/dev/null
    floor_rss=$(rss_mb "$SERVICE_PID")
}

# Each application's database exists already on every start but the first, as in production: a
# first start of each, not timed, creates them.
service_data="$BENCH_TMP/service" floor_data="$BENCH_TMP/floor"
start_timed "$floor/quarkus-run.jar" "$floor_data"
stop_service
start_timed "$BENCH_APP/quarkus-run.jar" "$service_data" "${SERVICE_OPTS[@]}"
stop_service
service_times=() floor_times=()
for run in $(seq 1 "$runs"); do
    start_timed "$floor/quarkus-run.jar" "$floor_data"
    floor_times+=("$READY_MS")
    [ "$run" != "$runs" ] || load_floor
    stop_service
    start_timed "$BENCH_APP/quarkus-run.jar" "$service_data" "${SERVICE_OPTS[@]}"
    service_times+=("$READY_MS")
    [ "$run" != "$runs" ] || load_service
    stop_service
done
service_ready=$(printf '%s\n' "${service_times[@]}" | median)
floor_ready=$(printf '%s\n' "${floor_times[@]}" | median)

echo
echo "Start-up and memory: $(nproc) cores, $runs runs each, alternating; JVM: $PROD_JVM_OPTS ${mode:+($mode)}"
echo "service ready in ms: ${service_times[*]} (median $service_ready)"
echo "floor   ready in ms: ${floor_times[*]} (median $floor_ready)"
awk -v s="$service_ready" -v f="$floor_ready" 'BEGIN { printf "ready ratio service / floor: %.2f (target 1.3)\n", s / f }'
echo "RSS after load: service ${service_rss} MB (target 200), floor ${floor_rss} MB"
