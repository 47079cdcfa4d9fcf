#!/usr/bin/env bash
# The widget, the demo page and the report in a real headless Chromium (Debian's, installed when
# absent), driven by playwright-core, with axe-core for accessibility: src/test/browser. Runs
# against the packaged service (./mvnw package, H2); screenshots and the printed report land in
# target/browser/.
#   scripts/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing Chromium (Debian package)" >&2
    apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/airisk-browser-XXXX)
key="ark_browser-check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
AIRISK_BOOTSTRAP_ADMIN_KEY="$key" java @src/main/jvm/production.options -Dquarkus.http.port="$port" \
    -Dairisk.data-dir="$data" -jar target/quarkus-app/quarkus-run.jar >"$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.2
done

cd src/test/browser
npm ci --no-audit --no-fund --loglevel=error
AIRISK_URL="http://127.0.0.1:$port" AIRISK_KEY="$key" node browser-check.mjs
