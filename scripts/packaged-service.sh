# Sourced by the checks that run against the packaged service (target/quarkus-app, built for H2):
# starts it on a free port, on a data folder of its own, with a fresh ADMIN key, waits until it is
# ready and stops it when the script exits. Sets SERVICE_URL and SERVICE_KEY.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/airisk-check-XXXX)
SERVICE_KEY="ark_check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
SERVICE_URL="http://127.0.0.1:$port"
AIRISK_BOOTSTRAP_ADMIN_KEY="$SERVICE_KEY" java @src/main/jvm/production.options -Dquarkus.http.port="$port" \
    -Dairisk.data-dir="$data" -jar target/quarkus-app/quarkus-run.jar >"$data/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    curl -fs "$SERVICE_URL/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.2
done
