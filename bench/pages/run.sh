#!/usr/bin/env bash
# The buyer's pages over HTTP: /marketplace without and with a query, 16 connections, 15 s windows, for two jars
# started one after the other on the demo data, alternating ROUNDS times. Reports requests per second, p50/p99 and
# the application's CPU per request (from /proc). Usage: BASE=/path/base.jar bench/pages/run.sh [jar] [rounds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bin/java-home.sh
JAR=${1:-target/twinport.jar}
ROUNDS=${2:-2}
BASE=${BASE:?name the baseline jar in BASE=}
PORT=${PORT:-18090}
SECONDS_PER=${SECONDS_PER:-15}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # jar label
  local home pid
  home=$(mktemp -d /tmp/twinport-pages.XXXXXX)
  TWINPORT_HOME="$home" TWINPORT_ADMIN_PASSWORD="pages-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')" \
    java -Xms1g -Xmx1g -jar "$1" --server.port="$PORT" >"$home/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do sleep 0.3; done
  until curl -s "http://127.0.0.1:$PORT/marketplace?q=tea" | grep -q 'product-card'; do sleep 1; done
  for path in "/marketplace" "/marketplace?q=tea&market=FI"; do
    wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT$path" >/dev/null # warm-up
    local before after
    before=$(awk '{print $14+$15}' /proc/$pid/stat)
    local out
    out=$(wrk -t2 -c16 -d${SECONDS_PER}s --latency "http://127.0.0.1:$PORT$path")
    after=$(awk '{print $14+$15}' /proc/$pid/stat)
    local reqs rps p50 p99
    reqs=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    echo "$2 $path: $rps req/s, p50 $p50, p99 $p99, app CPU $(echo "scale=2; ($after-$before)*10/$reqs" | bc) ms/request"
  done
  kill -TERM $pid; wait $pid 2>/dev/null || true
  rm -rf "$home"
}
for r in $(seq 1 "$ROUNDS"); do
  measure "$BASE" "base"
  measure "$JAR" "this"
done
