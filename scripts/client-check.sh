#!/usr/bin/env bash
# Lints the OpenAPI document the packaged service serves (Spectral's OWASP API security rules and
# Redocly's recommended rules: 0 errors, each finding left justified in .spectral.yaml), generates a
# TypeScript client from it, compiles it with src/test/typescript/walkthrough.ts (the README's
# walk-through), and runs that against the service. Needs the package built for H2 (./mvnw package) and Node.js with npm.
#   scripts/client-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/airisk-client-XXXX)
key="ark_client-check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
AIRISK_BOOTSTRAP_ADMIN_KEY="$key" java @src/main/jvm/production.options -Dquarkus.http.port="$port" \
    -Dairisk.data-dir="$data" -jar target/quarkus-app/quarkus-run.jar >"$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.2
done

mkdir -p target/client
rm -rf target/client/generated target/client/build
curl -fsS "http://127.0.0.1:$port/q/openapi?format=json" -o target/client/openapi.json
cd src/test/typescript
npm ci --no-audit --no-fund --loglevel=error
npm run --silent lint
npm run --silent generate >/dev/null
npm run --silent build
AIRISK_URL="http://127.0.0.1:$port" AIRISK_KEY="$key" npm run --silent walkthrough
