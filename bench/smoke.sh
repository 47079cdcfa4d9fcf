#!/usr/bin/env bash
# Every bench script in smoke mode (BENCH_SMOKE=1): its whole path in seconds on the smallest data,
# on H2 and on PostgreSQL where it takes a database, so that a script that would stop, or print a
# figure made of failed requests, is found before a real run. Figures are printed, never judged.
# After each script, nothing may listen on its port and its PostgreSQL database must be gone; one
# script is also stopped by TERM while it runs, and must clean up the same way.
#   bench/smoke.sh                  both databases, side by side (H2 on BENCH_PORT, PostgreSQL on
#                                   the port after it): their runs are mostly fixed-length loads
#   bench/smoke.sh h2|postgresql    one database
# Builds the H2 package, the PostgreSQL package (the database kind is fixed at build time) and the
# floor once, then runs every script on them; BENCH_REUSE_PACKAGE=1 uses packages built already.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SMOKE=1
source bench/lib.sh

smoke_started=$SECONDS
databases=("$@")
[ "${#databases[@]}" -gt 0 ] || databases=(h2 postgresql)
for database in "${databases[@]}"; do
    build_package "$database"
done
if [ "${BENCH_REUSE_PACKAGE:-0}" != 1 ] || [ ! -f bench/empty-app/target/quarkus-app/quarkus-run.jar ]; then
    echo "building the floor, bench/empty-app" >&2
    ./mvnw -B -q -ntp -f bench/empty-app/pom.xml package -DskipTests >"$BENCH_TMP/floor-build.log" 2>&1 \
        || { tail -40 "$BENCH_TMP/floor-build.log" >&2; fail "bench/empty-app did not build"; }
fi
export BENCH_REUSE_PACKAGE=1
echo "packages built in $((SECONDS - smoke_started)) s"

if [ "$#" -eq 0 ]; then
    # Each database in a process group of its own, so that an interrupt stops all of it.
    export SMOKE_SIDE_BY_SIDE=1
    setsid bench/smoke.sh h2 >"$BENCH_TMP/h2.log" 2>&1 &
    h2=$!
    background "-$h2"
    BENCH_PORT=$((BENCH_PORT + 1)) setsid bench/smoke.sh postgresql >"$BENCH_TMP/postgresql.log" 2>&1 &
    postgresql=$!
    background "-$postgresql"
    status=0
    wait "$h2" || status=1
    wait "$postgresql" || status=1
    BENCH_PIDS=()
    cat "$BENCH_TMP/h2.log" "$BENCH_TMP/postgresql.log"
    echo "smoke runs on H2 and PostgreSQL side by side: $((SECONDS - smoke_started)) s in all"
    [ "$status" = 0 ] || fail "see above"
    exit 0
fi

# left_behind DATABASE: what a finished run left that would trouble the next one.
left_behind() {
    port_free || echo "something still listens on port $BENCH_PORT"
    if [ "$1" = postgresql ] && PGPASSWORD=airisk psql -qAt -h 127.0.0.1 -U airisk -d postgres \
        -c "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1; then
        echo "the database $BENCH_DB is still there"
    fi
    return 0
}

failed=()
# Every start of a service by a script run, its milliseconds to ready (bench/lib.sh, start_jar).
export BENCH_STARTS_LOG="$BENCH_TMP/starts"
starts() {
    awk '{ n++; ms += $1 } END { if (n) printf ", %d start%s taking %.1f s", n, (n > 1 ? "s" : ""), ms / 1000 }' "$BENCH_STARTS_LOG"
}
# smoke_run DATABASE SCRIPT [arguments...]: runs one script in smoke mode; prints its output and time.
smoke_run() {
    local database="$1" script="$2" log="$BENCH_TMP/run.log" started=$SECONDS status=0 left
    shift 2
    echo "== $script${*:+ $*} (smoke)"
    : >"$BENCH_STARTS_LOG"
    "$script" "$@" >"$log" 2>&1 || status=$?
    sed 's/^/   /' "$log"
    left=$(left_behind "$database")
    [ -z "$left" ] || echo "$left" | sed 's/^/   left behind: /'
    echo "== $script${*:+ $*}: $([ "$status" = 0 ] && [ -z "$left" ] && echo ok || echo "FAILED ($status)") in $((SECONDS - started)) s$(starts)"
    if [ "$status" != 0 ] || [ -n "$left" ]; then failed+=("$script${*:+ $*}"); fi
}

# interrupted DATABASE SCRIPT: the script stopped by TERM once its service is ready must leave
# nothing behind either.
interrupted() {
    local database="$1" script="$2" log="$BENCH_TMP/run.log" started=$SECONDS left pid
    echo "== $script $database, stopped by TERM once its service answers"
    "$script" "$database" >"$log" 2>&1 &
    pid=$!
    until curl -fs --max-time 2 "$BENCH_URL/q/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            sed 's/^/   /' "$log"
            echo "== $script $database: FAILED, it ended before its service was ready"
            failed+=("$script $database, stopped by TERM")
            return
        fi
        sleep 0.2
    done
    kill -TERM "$pid"
    wait "$pid" || true
    left=$(left_behind "$database")
    [ -z "$left" ] || { sed 's/^/   /' "$log"; echo "$left" | sed 's/^/   left behind: /'; }
    echo "== $script $database after TERM: $([ -z "$left" ] && echo ok || echo FAILED) in $((SECONDS - started)) s"
    [ -z "$left" ] || failed+=("$script $database, stopped by TERM")
}

for database in "${databases[@]}"; do
    smoke_run "$database" bench/http.sh "$database"
    smoke_run "$database" bench/cost-curve.sh "$database"
    smoke_run "$database" bench/sustained-writes.sh "$database"
    smoke_run "$database" bench/soak.sh "$database"
    interrupted "$database" bench/sustained-writes.sh
    # The start-up benchmark (H2 only) runs in the PostgreSQL lane when both run side by side, so
    # that each lane starts about as many services.
    if [ "$database" = "$([ "${SMOKE_SIDE_BY_SIDE:-0}" = 1 ] && echo postgresql || echo h2)" ]; then
        smoke_run h2 bench/startup.sh
    fi
done

echo "smoke runs on ${databases[*]}: $((SECONDS - smoke_started)) s"
[ "${#failed[@]}" -eq 0 ] || fail "$(printf '%s; ' "${failed[@]}")"
