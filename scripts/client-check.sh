#!/usr/bin/env bash
# Lints the OpenAPI document the packaged service serves (Spectral's OWASP API security rules and
# Redocly's recommended rules: 0 errors, each finding left justified in .spectral.yaml), generates a
# TypeScript client from it, compiles it with src/test/typescript/walkthrough.ts (the README's
# walk-through), and runs that against the service. Needs the package built for H2 (./mvnw package) and Node.js with npm.
#   scripts/client-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/packaged-service.sh

mkdir -p target/client
rm -rf target/client/generated target/client/build
curl -fsS "$SERVICE_URL/q/openapi?format=json" -o target/client/openapi.json
cd src/test/typescript
npm ci --no-audit --no-fund --loglevel=error
npm run --silent lint
npm run --silent generate >/dev/null
npm run --silent build
AIRISK_URL="$SERVICE_URL" AIRISK_KEY="$SERVICE_KEY" npm run --silent walkthrough
