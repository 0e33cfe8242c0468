#!/usr/bin/env bash
# Seeds N synthetic trade flows into a running Twinport (throwaway TWINPORT_HOME) and measures the dashboard's
# queries over HTTP on 127.0.0.1 with wrk, 8 connections: first the rollups, then the naive GROUP BY over the raw
# flows (engine=raw) in the same run. Usage: bench/insight/run.sh <app-port> <db-port> <admin-password> [rows] [seconds]
set -euo pipefail
APP_PORT=${1:?app port}
DB_PORT=${2:?embedded PostgreSQL port, from the start-up log}
ADMIN_PASSWORD=${3:?admin password}
ROWS=${4:-10000000}
SECONDS_EACH=${5:-30}
cd "$(dirname "$0")"
BASE="http://127.0.0.1:$APP_PORT"
echo "=== load $ROWS rows"
start=$(date +%s)
psql -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v rows="$ROWS" -f seed.sql
echo "load took $(( $(date +%s) - start )) s"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"bench\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN
for engine in rollup raw; do
  export ENGINE=$engine
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/insight/totals?engine=$engine"
  timeout $(( SECONDS_EACH + 30 )) wrk -t2 -c8 -d10s -s mix.lua "$BASE" > /dev/null   # JIT and cache warm-up
  echo "=== engine=$engine, 8 connections, ${SECONDS_EACH}s"
  timeout $(( SECONDS_EACH + 60 )) wrk -t2 -c8 -d"${SECONDS_EACH}s" --timeout 30s --latency -s mix.lua "$BASE" \
    | grep -E "Latency  |Requests/sec|Non-2xx|p95"
done
