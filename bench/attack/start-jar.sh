# Sourced by the attack scripts: starts the packaged jar on 127.0.0.1:$PORT on a fresh data directory without the
# demo data, with a generated ADMIN_PASSWORD, waits until it is healthy and stops it (and deletes its data) on exit.
# PORT=18080 by default; JAR=target/twinport.jar by default (another jar, for example an older build to compare
# with, may be named); BUILD=0 uses the jar as it is instead of building it first.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bin/java-home.sh
PORT=${PORT:-18080}
JAR=${JAR:-target/twinport.jar}
if [ "$JAR" = target/twinport.jar ] && { [ "${BUILD:-1}" != 0 ] || [ ! -f "$JAR" ]; }; then
  ./mvnw -q -B package -DskipTests
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "Port $PORT is in use; choose another with PORT=..." >&2
  exit 1
fi
HOME_DIR=$(mktemp -d /tmp/twinport-attack.XXXXXX)
ADMIN_PASSWORD="attack-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
LOG="$HOME_DIR/twinport.log"

TWINPORT_HOME="$HOME_DIR" TWINPORT_ADMIN_PASSWORD="$ADMIN_PASSWORD" TWINPORT_DEMO=false \
  java -Xms1g -Xmx1g -jar "$JAR" --server.port="$PORT" >"$LOG" 2>&1 &
PID=$!
cleanup() {
  kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT

until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { echo "the jar stopped; its log:" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 0.2
done
echo "Twinport $JAR on 127.0.0.1:$PORT ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
