#!/usr/bin/env bash
# Runs the packaged-service tests that prove production behaviour and prints their verdicts.
#   scripts/prove.sh h2           kill -9 and SIGTERM under load, on the embedded H2 file
#   scripts/prove.sh postgresql   the same, plus two instances on one database, on PostgreSQL
#                                 (started or installed by .ci/postgres.sh)
# Each test ends with a line "VERDICT ...: N expected, N found"; the script fails if any test does.
set -euo pipefail
cd "$(dirname "$0")/.."

database="${1:-h2}"
args=(-B -ntp verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false)
case "$database" in
    h2) ;;
    postgresql)
        source .ci/postgres.sh
        args+=(-Dquarkus.profile=postgresql)
        ;;
    *) echo "usage: $0 [h2|postgresql]" >&2; exit 2 ;;
esac

log=$(mktemp)
status=0
./mvnw "${args[@]}" >"$log" 2>&1 || status=$?
grep -E '^VERDICT|Tests run:.*Fail|BUILD' "$log" | grep -v ' -- in ' || true
[ "$status" -eq 0 ] || echo "failed; the whole log is in $log" >&2
exit "$status"
