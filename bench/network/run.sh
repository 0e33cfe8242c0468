#!/usr/bin/env bash
# Seeds the benchmark data into a running Twinport and measures directory, figures and timeline with wrk
# (2 threads, 16 connections, 15 s each) on loopback only. Usage: bench/network/run.sh <app-port> <db-port>
set -euo pipefail
APP_PORT=${1:?app port}
DB_PORT=${2:?embedded PostgreSQL port, from the start-up log}
cd "$(dirname "$0")"
psql -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -f seed.sql
BASE="http://127.0.0.1:$APP_PORT"
for path in \
    "/api/v1/network/partnerships?size=50" \
    "/api/v1/network/partnerships?size=50&page=10&continent=EUROPE" \
    "/api/v1/network/figures" \
    "/api/v1/partners/bench-1234/timeline"; do
  curl -sf -o /dev/null "$BASE$path"   # warm-up and sanity check
  wrk -t2 -c16 -d15s --latency "$BASE$path" > /dev/null  # JIT warm-up
  echo "=== $path"
  wrk -t2 -c16 -d15s --latency -s p95.lua "$BASE$path" | grep -E "Latency  |50%|90%|99%|Requests/sec|Non-2xx|p95"
done
