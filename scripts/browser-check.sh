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

source scripts/packaged-service.sh

cd src/test/browser
npm ci --no-audit --no-fund --loglevel=error
AIRISK_URL="$SERVICE_URL" AIRISK_KEY="$SERVICE_KEY" node browser-check.mjs
