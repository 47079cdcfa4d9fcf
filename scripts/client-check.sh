#!/usr/bin/env bash
# Lints the OpenAPI document the packaged service serves (Spectral's OWASP API security rules and
# Redocly's recommended rules: 0 errors, each finding left justified in .spectral.yaml), generates
# clients from it with one openapi-generator version (pinned in src/test/typescript) and runs the
# README's walk-through through each against the service:
#   TypeScript (typescript-fetch)  src/test/typescript/walkthrough.ts
#   Java, native and okhttp-gson   src/test/java-client (one walk-through; Clients.java per library)
#   Python (python)                src/test/python/walkthrough.py
# Needs: the package built for H2 (./mvnw package); Node.js with npm (linters, generator and
# TypeScript, pinned in src/test/typescript/package-lock.json; the generator's jar comes from Maven
# Central); Java 17 (each Java client is built by ./mvnw, its libraries from Maven Central); python3
# with pydantic 2, urllib3 and python-dateutil, which the generated Python package imports.
#   scripts/client-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -c 'import pydantic, urllib3, dateutil; assert int(pydantic.VERSION.split(".")[0]) >= 2' 2>/dev/null || {
    echo "client-check: python3 needs pydantic 2, urllib3 and python-dateutil" >&2
    exit 1
}

source scripts/packaged-service.sh
root=$PWD
export AIRISK_URL="$SERVICE_URL" AIRISK_KEY="$SERVICE_KEY"

mkdir -p target/client
rm -rf target/client/generated target/client/build target/client/java-* target/client/python
curl -fsS "$SERVICE_URL/q/openapi?format=json" -o target/client/openapi.json

echo "== lint and generate"
(
    cd src/test/typescript
    npm ci --no-audit --no-fund --loglevel=error
    npm run --silent lint
    for client in generate generate:java-native generate:java-okhttp-gson generate:python; do
        npm run --silent "$client" >/dev/null
    done
)

echo "== TypeScript (typescript-fetch)"
(cd src/test/typescript && npm run --silent build && npm run --silent walkthrough)

# Builds the generated Java client of that library with its own pom, then compiles the walk-through
# against it and runs it.
java_walkthrough() {
    local library=$1 dir="$root/target/client/java-$1"
    echo "== Java ($library)"
    ./mvnw -B -q -ntp -f "$dir/pom.xml" -Dmaven.test.skip=true -Dmaven.javadoc.skip=true \
        package dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt"
    local classpath
    classpath="$dir/target/airisk-client-1.0.0.jar:$(cat "$dir/classpath.txt")"
    javac -d "$dir/walkthrough" -cp "$classpath" \
        $(find src/test/java-client/common "src/test/java-client/$library" -name '*.java')
    java -cp "$dir/walkthrough:$classpath" io.airisk.walkthrough.Walkthrough
}
java_walkthrough native
java_walkthrough okhttp-gson

echo "== Python (python)"
PYTHONPATH="$root/target/client/python" python3 src/test/python/walkthrough.py
