#!/usr/bin/env bash
# Loads N synthetic trade flows into a running Twinport (THROWAWAY TWINPORT_HOME) with load.sh, then measures the
# dashboard's queries over HTTP on 127.0.0.1 with wrk, 8 connections: first the rollups, then the naive GROUP BY over
# the raw flows (engine=raw) in the same run.
# Usage: bench/insight/run.sh <app-port> <db-port> <admin-password> [rows=10000000] [seconds=30]
set -euo pipefail
APP_PORT=${1:?app port}
DB_PORT=${2:?embedded PostgreSQL port, from the start-up log}
ADMIN_PASSWORD=${3:?admin password}
ROWS=${4:-10000000}
SECONDS_EACH=${5:-30}
cd "$(dirname "$0")"
BASE="http://127.0.0.1:$APP_PORT"
echo "=== machine: nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
free -h | head -2
echo "=== before: $(uptime)"
if [ "${SKIP_LOAD:-0}" = 1 ]; then
  echo "=== SKIP_LOAD=1: the home was loaded before"
else
  echo "=== load $ROWS rows"
  ./load.sh "$DB_PORT" "$ROWS"
fi
echo "=== after the load: $(uptime)"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN
for engine in rollup raw; do
  export ENGINE=$engine
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/insight/totals?engine=$engine"
  timeout $(( SECONDS_EACH + 30 )) wrk -t2 -c8 -d10s -s mix.lua "$BASE" > /dev/null   # JIT and cache warm-up
  echo "=== engine=$engine, 8 connections, ${SECONDS_EACH}s ($(uptime | sed 's/.*load/load/'))"
  timeout $(( SECONDS_EACH + 60 )) wrk -t2 -c8 -d"${SECONDS_EACH}s" --timeout 30s --latency -s mix.lua "$BASE" \
    | grep -E "Latency  |Requests/sec|Non-2xx|p95"
done
echo "=== single requests, one at a time, rollups (ms)"
while read -r path; do
  [ -z "$path" ] && continue
  best=999999
  for _ in 1 2 3; do
    ms=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$path" | awk '{printf "%d", $1 * 1000}')
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best $path"
done < <(sed -n 's/^  "\(\/api[^"]*\)",$/\1/p' mix.lua)
echo "=== after: $(uptime)"
