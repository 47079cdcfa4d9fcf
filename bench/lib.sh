# Shared by the bench scripts: smoke mode, the package, the service's start and stop, wrk runs and
# their checks, and the clean-up. Sourced from the repository root, after `set -euo pipefail`.
#
# BENCH_SMOKE=1 runs a script's whole path in seconds, on the smallest data: each script then
# takes its smoke sizes and durations unless given its own. Smoke or not, a script stops with the
# reason when a run would be meaningless (the service not ready, a seeding error, a non-2xx
# answer, a socket error, a figure wrk did not print); it never fails on a figure.

BENCH_SMOKE="${BENCH_SMOKE:-0}"
BENCH_PORT="${BENCH_PORT:-8089}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
# The PostgreSQL database the benchmarks own: created afresh and dropped at the end. Never the test
# suite's (AIRISK_TEST_DB, airisk_ci by default), which other runs may be using.
BENCH_DB="${BENCH_DB:-airisk_bench}"
# How long the service may take to answer ready; a machine busy with builds needs more than 60 s.
BENCH_READY_SECONDS="${BENCH_READY_SECONDS:-180}"
# wrk counts a request slower than this as a timeout, outside the latency figures; a timeout fails
# the run, so it is set far above any latency measured here.
BENCH_WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-10s}"
# The JVM options documented for production, from their argument file (docs/performance.md says
# what each buys).
PROD_JVM_OPTS="${PROD_JVM_OPTS:-@src/main/jvm/production.options}"
# The benchmarks authenticate as a client does: this key becomes the first tenant's ADMIN key on
# the fresh database, and every request sends it. The per-key rate limit is raised out of reach:
# it is still checked on every request, but a benchmark measures the service, not the limit.
BENCH_KEY="${BENCH_KEY:-ark_bench-admin-key-0123456789abcdefgh}"
export BENCH_KEY
AUTH_HEADER="Authorization: Bearer $BENCH_KEY"
# glibc keeps one malloc arena per thread by default; two are plenty and save tens of MB of RSS.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# The run's scratch space (data directories, wrk outputs, tables), removed at the end.
BENCH_TMP=$(mktemp -d "/tmp/airisk-bench-XXXX")
BENCH_PIDS=()
BENCH_DB_CREATED=

smoke() { [ "$BENCH_SMOKE" = 1 ]; }

# smoke_or FULL SMOKE: FULL, or SMOKE in smoke mode.
smoke_or() { if smoke; then echo "$2"; else echo "$1"; fi; }

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# Stops what the run started and removes what it made, however it ends: the service and any
# helper process, the PostgreSQL database, the scratch directory. An interrupt or a TERM exits
# through here too.
bench_cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${BENCH_PIDS[@]}"; do
        kill -- "$pid" 2>/dev/null || true
        wait "${pid#-}" 2>/dev/null || true
    done
    stop_service
    if [ -n "$BENCH_DB_CREATED" ]; then
        PGPASSWORD="$AIRISK_DB_PASSWORD" psql -q -h 127.0.0.1 -U "$AIRISK_DB_USER" -d postgres \
            -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" \
            || { echo "could not drop the database $BENCH_DB" >&2; status=1; }
    fi
    rm -rf "$BENCH_TMP"
    exit "$status"
}
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_wrk() {
    command -v wrk >/dev/null 2>&1 && return
    echo "installing wrk (Debian package)" >&2
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# The package for a database kind (fixed when it is built) and a variant: its own directory under
# target/, so that an H2 and a PostgreSQL build stand side by side.
#   bench_app h2|postgresql [appcds]
bench_app() { echo "target/bench-$1${2:+-$2}"; }

# build_package h2|postgresql [appcds]: builds the package into bench_app's directory, with the test
# classes (bench/seed.sh computes the worked example's result with them). With
# BENCH_REUSE_PACKAGE=1 a package already there is used as it is (bench/smoke.sh builds each once).
build_package() {
    local app
    app=$(bench_app "$@")
    if [ "${BENCH_REUSE_PACKAGE:-0}" = 1 ] && [ -f "$app/quarkus-run.jar" ] \
        && [ -f target/test-classes/io/airisk/bench/WorkedExampleResult.class ]; then
        return
    fi
    local args=(-Dquarkus.package.output-directory="${app#target/}")
    [ "$1" = postgresql ] && args+=(-Dquarkus.profile=postgresql)
    [ "${2:-}" = appcds ] && args+=(-Dquarkus.package.jar.appcds.enabled=true)
    echo "building the $1 package${2:+ ($2)} into $app" >&2
    ./mvnw -B -q -ntp package -DskipTests "${args[@]}" >"$BENCH_TMP/build.log" 2>&1 \
        || { tail -40 "$BENCH_TMP/build.log" >&2; fail "the $1 package did not build"; }
}

# with_worker_threads h2|postgresql: adds the production worker pool size to PROD_JVM_OPTS unless it
# names one. On H2 a request never waits on the network: twice the cores keep them busy; PostgreSQL
# round trips want four times the cores (docs/performance.md).
with_worker_threads() {
    local per_core=2
    [ "$1" = postgresql ] && per_core=4
    [[ "$PROD_JVM_OPTS" == *quarkus.thread-pool.max-threads* ]] && return
    PROD_JVM_OPTS="$PROD_JVM_OPTS -Dquarkus.thread-pool.max-threads=$((per_core * $(nproc)))"
}

# fresh_database: drops and creates BENCH_DB through .ci/postgres.sh, which exports AIRISK_DB_*.
# The database is dropped again when the run ends.
fresh_database() {
    [ "$BENCH_DB" != airisk_ci ] || fail "BENCH_DB=airisk_ci is the test suite's database: the benchmarks drop theirs"
    AIRISK_TEST_DB="$BENCH_DB" source .ci/postgres.sh || fail "no PostgreSQL database $BENCH_DB"
    BENCH_DB_CREATED=1
}

# bench_prepare h2|postgresql: wrk, the database (PostgreSQL via .ci/postgres.sh), the worker pool
# size for it, and the package built for it (BENCH_APP).
bench_prepare() {
    case "$1" in
        h2 | postgresql) ;;
        *) fail "unknown database '$1': h2 or postgresql" ;;
    esac
    require_wrk
    with_worker_threads "$1"
    [ "$1" = postgresql ] && fresh_database
    build_package "$1"
    BENCH_APP=$(bench_app "$1")
}

# port_free: nothing answers on BENCH_PORT, so that what answers next is the process started here.
port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$BENCH_PORT") 2>/dev/null
}

# wait_ready PID LOG: until GET /q/health/ready answers 200 from the process PID, which must stay
# alive; fails with the end of its log after BENCH_READY_SECONDS.
wait_ready() {
    local pid="$1" log="$2" deadline=$((SECONDS + BENCH_READY_SECONDS))
    until curl -fs --max-time 2 "$BENCH_URL/q/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -30 "$log" >&2
            fail "the process exited before it was ready; its log: $log"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            tail -30 "$log" >&2
            fail "not ready after ${BENCH_READY_SECONDS}s; its log: $log"
        fi
        sleep 0.01
    done
}

# start_jar JAR DATA_DIR [JVM options...]: starts a packaged application on BENCH_PORT and a data
# directory and leaves it running (SERVICE_PID, stopped at the end of the run); returns when it is
# ready. Sets READY_MS to the milliseconds from process start to ready.
start_jar() {
    local jar="$1" data="$2" start
    shift 2
    port_free || fail "something already listens on port $BENCH_PORT: stop it or set BENCH_PORT"
    mkdir -p "$data"
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    java $PROD_JVM_OPTS "$@" -Dquarkus.http.port="$BENCH_PORT" -Dairisk.data-dir="$data" \
        -jar "$jar" >>"$data/service.log" 2>&1 &
    SERVICE_PID=$!
    wait_ready "$SERVICE_PID" "$data/service.log"
    READY_MS=$((($(date +%s%N) - start) / 1000000))
    # bench/smoke.sh counts the starts and their time: where a smoke run's time goes.
    [ -z "${BENCH_STARTS_LOG:-}" ] || echo "$READY_MS" >>"$BENCH_STARTS_LOG"
}

# The service's options in every script: the benchmark's key, the key's rate limit out of reach.
SERVICE_OPTS=(-Dairisk.access.bootstrap-admin-key="$BENCH_KEY"
    -Dairisk.access.key-rate.burst=1000000000 -Dairisk.access.key-rate.per-second=1000000000)

# start_service DATA_DIR: starts the service (BENCH_APP) with the benchmark's key.
start_service() {
    start_jar "$BENCH_APP/quarkus-run.jar" "$1" "${SERVICE_OPTS[@]}"
}

# start_fresh_service NAME: starts the service on a new, empty data directory (BENCH_DATA).
start_fresh_service() {
    BENCH_DATA="$BENCH_TMP/$1"
    start_service "$BENCH_DATA"
}

# stop_service: stops the service, and kills it if it has not stopped within 30 s.
stop_service() {
    [ -n "${SERVICE_PID:-}" ] || return 0
    kill "$SERVICE_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$SERVICE_PID" 2>/dev/null && [ "$waited" -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

kill9_service() {
    kill -9 "$SERVICE_PID" 2>/dev/null
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

# background PID: a helper process stopped when the run ends; -PID for its whole process group.
background() { BENCH_PIDS+=("$1"); }

# rss_mb PID
rss_mb() {
    awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# api METHOD PATH [curl arguments...]: one request with the benchmark's key; prints the body, and
# fails with the status and the body when the answer is not 2xx.
api() {
    local method="$1" path="$2" status
    shift 2
    status=$(curl -sS --max-time 60 -o "$BENCH_TMP/api.body" -w '%{http_code}' -X "$method" \
        -H "$AUTH_HEADER" "$@" "$BENCH_URL$path") || fail "$method $path: no answer"
    if [[ "$status" != 2* ]]; then
        head -c 2000 "$BENCH_TMP/api.body" >&2
        echo >&2
        fail "$method $path answered $status"
    fi
    cat "$BENCH_TMP/api.body"
}

# wrk_raw OUT ARGS...: runs wrk with the benchmark's key and timeout, its output in OUT; the Lua
# script (bench/lua/report.lua, or one that loads it) prints the percentiles and the errors.
wrk_raw() {
    local out="$1"
    shift
    wrk --timeout "$BENCH_WRK_TIMEOUT" -H "$AUTH_HEADER" "$@" >"$out" 2>&1 \
        || { cat "$out" >&2; fail "wrk $* did not run"; }
}

# wrk_check NAME OUT ARGS...: whether wrk's output OUT (of `wrk ARGS...`) holds figures made of
# 2xx answers only: requests counted, no socket error, no non-2xx answer, the latency line. If not,
# prints why, runs the same load for two seconds more counting each answer's status (and showing
# the first failing one), and fails. A warm-up (WRK_WARM_UP=1) may end before its first answer, on
# an endpoint not yet compiled: only its failed requests count.
wrk_check() {
    local name="$1" out="$2"
    shift 2
    local why
    why=$(awk -v warm_up="${WRK_WARM_UP:-0}" '
        /requests in/ { requests = $1 }
        /Socket errors/ { gsub(/,/, ""); if ($4 + $6 + $8 + $10 > 0) print "socket errors: " $0 }
        /Non-2xx or 3xx responses/ { print $0 }
        /^PERCENTILES / { percentiles = 1 }
        /^statuses / { for (i = 2; i <= NF; i++) if ($i !~ /^2[0-9][0-9]:/) print "answers " $i }
        END {
            if (warm_up) exit
            if (requests + 0 == 0) print "no request completed"
            if (!percentiles) print "no latency figure printed"
        }' "$out" | sed 's/^ *//')
    [ -z "$why" ] && return 0
    {
        echo "$name: no figure to trust:"
        echo "$why" | sed 's/^/  /'
        echo "wrk said:"
        sed 's/^/  /' "$out"
        echo "the same load again for 2 s, counting statuses:"
        local args=()
        for arg in "$@"; do
            case "$arg" in -d*) ;; *) args+=("$arg") ;; esac
        done
        BENCH_COUNT_STATUSES=1 wrk --timeout "$BENCH_WRK_TIMEOUT" -H "$AUTH_HEADER" -d2s "${args[@]}" 2>&1 \
            | grep -E '^(statuses|first failing|Socket errors|Non-2xx)|requests in' | sed 's/^ */  /'
    } >&2
    fail "$name"
}

# wrk_load NAME OUT ARGS...: wrk_raw then wrk_check.
wrk_load() {
    local name="$1" out="$2"
    shift 2
    wrk_raw "$out" "$@"
    wrk_check "$name" "$out" "$@"
}

# wrk_run NAME DURATION URL [LUA]: 64 connections for DURATION; prints
# "NAME rps p50_ms p99_ms non2xx requests" (non2xx is always 0: any other answer fails the run).
wrk_run() {
    local name="$1" duration="$2" url="$3" lua="${4:-bench/lua/report.lua}"
    local out="$BENCH_TMP/wrk-$name.out"
    wrk_load "$name" "$out" -t2 -c64 -d"$duration" -s "$lua" "$url"
    awk -v name="$name" '
        /^PERCENTILES / { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
        /^Requests\/sec/ { rps = $2 }
        END { printf "%s %.1f %.2f %.2f %d %d\n", name, rps, v["p50"], v["p99"], 0, v["requests"] }' "$out"
}

# percentile NAME OUT: the pNAME figure (p50, p95, p99) of a checked wrk output.
percentile() {
    sed -nE "s/^PERCENTILES .*$1=([0-9.]+).*/\1/p" "$2"
}
