#!/usr/bin/env bash
# Time from process start to ready (GET /q/health/ready answers 200), and RSS after a load run,
# for the service and for the framework's floor (bench/empty-app: the same extensions, no code),
# measured alternately in the same run with the same JVM options.
#   bench/startup.sh [runs, default 5] [appcds]
# With "appcds", both applications are packaged with a class-data sharing archive
# (quarkus.package.jar.appcds.enabled) and started with it.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs="${1:-5}"
mode="${2:-}"
require_wrk
with_worker_threads h2
cds_build=()
[ "$mode" = appcds ] && cds_build=(-Dquarkus.package.jar.appcds.enabled=true)
./mvnw -B -q package -DskipTests "${cds_build[@]}" >/dev/null
./mvnw -B -q -f bench/empty-app/pom.xml package -DskipTests "${cds_build[@]}" >/dev/null

# start_timed JAR DATA: starts the jar and leaves it running (SERVICE_PID); sets READY_MS to the
# milliseconds from process start to ready.
start_timed() {
    local jar="$1" data="$2" start end cds=""
    mkdir -p "$data"
    [ "$mode" = appcds ] && cds="-XX:SharedArchiveFile=$(dirname "$jar")/app-cds.jsa"
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    java $PROD_JVM_OPTS $cds -Dquarkus.http.port="$BENCH_PORT" -Dairisk.data-dir="$data" -jar "$jar" >"$data/out.log" 2>&1 &
    SERVICE_PID=$!
    until curl -fs "$BENCH_URL/q/health/ready" >/dev/null 2>&1; do sleep 0.01; done
    end=$(date +%s%N)
    READY_MS=$(((end - start) / 1000000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

trap 'stop_service' EXIT
service_times=() floor_times=()
for run in $(seq 1 "$runs"); do
    # A database that exists already, as on every start but the first.
    start_timed bench/empty-app/target/quarkus-app/quarkus-run.jar /tmp/airisk-floor-data
    floor_times+=("$READY_MS")
    stop_service
    start_timed target/quarkus-app/quarkus-run.jar /tmp/airisk-startup-data
    service_times+=("$READY_MS")
    stop_service
done
service_ready=$(printf '%s\n' "${service_times[@]}" | median)
floor_ready=$(printf '%s\n' "${floor_times[@]}" | median)

# RSS after load: the service under each endpoint's load, the floor under its cheapest endpoint.
start_timed target/quarkus-app/quarkus-run.jar /tmp/airisk-startup-data
id=$(curl -fs -H "$AUTH_HEADER" -X POST "$BENCH_URL/api/v1/assessments" -H 'Content-Type: application/json' \
    -d "{\"organization\": {\"name\": \"Startup bench\"}, \"answers\": $(cat examples/worked-example-answers.json)}" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
export BENCH_ORGANIZATION="Startup bench"
wrk_run score 20s "$BENCH_URL/api/v1/scores" bench/lua/score.lua >/dev/null
wrk_run read 20s "$BENCH_URL/api/v1/assessments/$id" >/dev/null
wrk_run create 20s "$BENCH_URL/api/v1/assessments" bench/lua/create.lua >/dev/null
wrk_run list 20s "$BENCH_URL/api/v1/assessments?size=20" >/dev/null
service_rss=$(rss_mb "$SERVICE_PID")
stop_service
start_timed bench/empty-app/target/quarkus-app/quarkus-run.jar /tmp/airisk-floor-data
wrk_run live 20s "$BENCH_URL/q/health/live" >/dev/null
wrk_run ping 20s "$BENCH_URL/ping" >/dev/null
floor_rss=$(rss_mb "$SERVICE_PID")
stop_service

echo
echo "Start-up and memory: $(nproc) cores, $runs runs each, alternating; JVM: $PROD_JVM_OPTS ${mode:+($mode)}"
echo "service ready in ms: ${service_times[*]} (median $service_ready)"
echo "floor   ready in ms: ${floor_times[*]} (median $floor_ready)"
awk -v s="$service_ready" -v f="$floor_ready" 'BEGIN { printf "ready ratio service / floor: %.2f (target 1.3)\n", s / f }'
echo "RSS after load: service ${service_rss} MB (target 200), floor ${floor_rss} MB"
