#!/usr/bin/env bash
# The widget, the demo page and the report in a real headless Chromium (Debian's, installed when
# absent), driven by playwright-core, with axe-core for accessibility: src/test/browser. Runs
# against the packaged service (./mvnw package, H2); screenshots and the printed report land in
# target/browser/, and both PDFs of the report (the browser's print and the service's own) as one PNG
# per page, drawn by poppler's pdftoppm (installed when absent), to look at.
#   scripts/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing Chromium (Debian package)" >&2
    apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi

if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "installing poppler-utils (Debian package) for pdftoppm" >&2
    apt-get install -y -qq poppler-utils >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
fi

source scripts/packaged-service.sh

cd src/test/browser
npm ci --no-audit --no-fund --loglevel=error
AIRISK_URL="$SERVICE_URL" AIRISK_KEY="$SERVICE_KEY" node browser-check.mjs
cd ../../..
rm -f target/browser/report-pdf-*.png target/browser/report-print-*.png
pdftoppm -r 60 -png target/browser/report-service.pdf target/browser/report-pdf
pdftoppm -r 60 -png target/browser/report-service-de.pdf target/browser/report-pdf-de
pdftoppm -r 60 -png target/browser/report.pdf target/browser/report-print
echo "the service's PDF: $(ls target/browser/report-pdf-[0-9]*.png | wc -l) pages, in German $(ls target/browser/report-pdf-de-*.png | wc -l); the browser's print: $(ls target/browser/report-print-*.png | wc -l) pages (target/browser/)"
