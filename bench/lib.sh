# Shared by the bench scripts: start and stop the packaged service, run wrk, read its numbers.
# Sourced from the repository root.

BENCH_PORT="${BENCH_PORT:-8089}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
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

require_wrk() {
    command -v wrk >/dev/null 2>&1 && return
    echo "installing wrk (Debian package)" >&2
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# build_package h2|postgresql
build_package() {
    local profile=()
    [ "$1" = postgresql ] && profile=(-Dquarkus.profile=postgresql)
    ./mvnw -B -q package -DskipTests "${profile[@]}" >/dev/null
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

# bench_prepare h2|postgresql: wrk, the database (PostgreSQL via .ci/postgres.sh), the worker pool
# size for it, and the package built for it.
bench_prepare() {
    require_wrk
    with_worker_threads "$1"
    if [ "$1" = postgresql ]; then
        source .ci/postgres.sh
    fi
    build_package "$1"
}

# start_service DATA_DIR: starts target/quarkus-app in the background; sets SERVICE_PID.
start_service() {
    local data="$1"
    mkdir -p "$data"
    # shellcheck disable=SC2086
    java $PROD_JVM_OPTS -Dquarkus.http.port="$BENCH_PORT" -Dairisk.data-dir="$data" \
        -Dairisk.access.bootstrap-admin-key="$BENCH_KEY" \
        -Dairisk.access.key-rate.burst=1000000000 -Dairisk.access.key-rate.per-second=1000000000 \
        -jar target/quarkus-app/quarkus-run.jar >"$data/service.log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 600); do
        curl -fs "$BENCH_URL/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "the service did not start; see $data/service.log" >&2
    return 1
}

# start_fresh_service NAME: starts the service on a new, empty data directory (BENCH_DATA), and
# stops it when the script exits.
start_fresh_service() {
    BENCH_DATA=$(mktemp -d "/tmp/airisk-$1-XXXX")
    trap 'stop_service' EXIT
    start_service "$BENCH_DATA"
}

stop_service() {
    if [ -n "${SERVICE_PID:-}" ]; then kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true; fi
    SERVICE_PID=
}

kill9_service() {
    kill -9 "$SERVICE_PID" 2>/dev/null
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

# rss_mb PID
rss_mb() {
    awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# wrk_run NAME DURATION URL [LUA]: runs wrk at 64 connections; prints "NAME rps p50_ms p99_ms non2xx requests".
wrk_run() {
    local name="$1" duration="$2" url="$3" lua="${4:-}"
    local args=(-t2 -c64 -d"$duration" --latency -H "$AUTH_HEADER")
    [ -n "$lua" ] && args+=(-s "$lua")
    wrk "${args[@]}" "$url" | awk -v name="$name" '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000;
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0;
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000;
            return v;
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1 }
        /Non-2xx or 3xx responses/ { bad = $5 }
        /^Requests\/sec/ { rps = $2 }
        END { printf "%s %.1f %.2f %.2f %d %d\n", name, rps, p50, p99, bad + 0, requests }'
}
