#!/usr/bin/env bash
# The quote API's latency in consecutive windows on one application start: how the tail depends on the JVM's
# options (threads, GC) and on the load generator's threads, compared back to back on a shared machine.
# Usage: bench/checkout/quote-windows.sh                 (JAR as in run.sh, default target/twinport.jar)
# Environment: JVM_OPTS=..   the application JVM's options (default -Xms1g -Xmx1g)
#              WINDOWS="-t2_-c16 -t1_-c16 ..."  the wrk threads and connections of each 20 s window, in order
#                          (default "-t2_-c16 -t1_-c16 -t2_-c16 -t1_-c16")
#              WARM=s      unmeasured warm-up before the first window (default 30)
# Example: JVM_OPTS="-Xms1g -Xmx1g -Dspring.threads.virtual.enabled=true" bench/checkout/quote-windows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
source bench/checkout/buyers.sh
export PATH="$JAVA_HOME/bin:$PATH"
JAR=${JAR:-target/twinport.jar}
[ -f "$JAR" ] || ./mvnw -o -q -B package -DskipTests
PORT=${PORT:-18491}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/twinport-quote-windows.XXXXXX)
TWINPORT_HOME=$WORK/home TWINPORT_ADMIN_PASSWORD="bench-only-$(date +%s)-pw" TWINPORT_DEMO=true \
  java ${JVM_OPTS:--Xms1g -Xmx1g} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 360); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
DB_PORT=$(sed -n 4p "$WORK/home/postgres/postmaster.pid")
PSQL=(psql -q -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1)
create_buyers 32 qwin >"$WORK/tokens"
quotes() { TOKENS="$WORK/tokens" POST_PATH=/api/v1/landed-cost/quotes BODY=quote THINK_MS=0 \
  wrk "$@" --latency --timeout 10s -s bench/checkout/post-as-buyers.lua "$BASE"; }
echo "machine: $(nproc) cores; JVM_OPTS: ${JVM_OPTS:--Xms1g -Xmx1g}; $(uptime)"
quotes -t2 -c16 -d"${WARM:-30}s" >/dev/null
for window in ${WINDOWS:--t2_-c16 -t1_-c16 -t2_-c16 -t1_-c16}; do
  quotes ${window//_/ } -d20s >"$WORK/out"
  printf '%-10s %8s quotes/s  %s\n' "${window//_/ }" "$(awk '/Requests\/sec/ {print $2}' "$WORK/out")" \
    "$(awk '/^ +(50|90|99)%/ {printf "p%s %s  ", substr($1, 1, length($1) - 1), $2}' "$WORK/out")"
done
