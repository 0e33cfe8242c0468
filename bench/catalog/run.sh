#!/usr/bin/env bash
# Catalog benchmarks: synthetic data load, index rebuild, search latency (1 and 16 clients over HTTP with wrk),
# the same searches with PostgreSQL ILIKE as the baseline (pgbench, 16 clients, same run), and server memory.
# Usage: bench/catalog/run.sh [variants] [merchants]   (defaults 1000000 and 10000). Only ever loads 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
VARIANTS=${1:-1000000}
MERCHANTS=${2:-10000}
PRODUCTS=$((VARIANTS / 4))
DURATION=${DURATION:-15s}
PORT=18081
JAR=target/twinport.jar
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
HOME_DIR=$(mktemp -d /tmp/twinport-catalog-bench.XXXXXX)
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
LOG=$HOME_DIR/server.log
OUT=bench/RESULTS-catalog.md
now_ms() { date +%s%3N; }

TWINPORT_HOME=$HOME_DIR TWINPORT_DEMO=true TWINPORT_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on 127.0.0.1:[0-9]*' "$LOG" | grep -o '[0-9]*$')
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
# The demo loader indexes the samples first; wait until that and its initial rebuild are done.
sleep 5

echo "Loading $VARIANTS variants ($PRODUCTS products) from $MERCHANTS merchants ..."
start=$(now_ms)
"${PSQL[@]}" -v merchants="$MERCHANTS" -v products="$PRODUCTS" -f bench/catalog/generate.sql
LOAD_MS=$(($(now_ms) - start))

TOKEN=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
start=$(now_ms)
curl -sf -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/catalog/search/rebuild" >/dev/null
sleep 1
while curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/catalog/search/status" | grep -q '"rebuilding":true'; do
  sleep 1
done
INDEX_MS=$(($(now_ms) - start))
STATUS=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/catalog/search/status")

URL="http://127.0.0.1:$PORT"
wrk -t1 -c1 -d5s -s bench/catalog/queries.lua "$URL" >/dev/null   # warm-up
SINGLE=$(wrk -t1 -c1 -d"$DURATION" --latency -s bench/catalog/queries.lua "$URL")
SIXTEEN=$(wrk -t2 -c16 -d"$DURATION" --latency -s bench/catalog/queries.lua "$URL")
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
PGLOG=$(mktemp -d)
(cd "$PGLOG" && pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c16 -j2 -T"${DURATION%s}" -l \
  -f "$OLDPWD/bench/catalog/ilike.sql" postgres > summary.txt 2>&1)
PG_TPS=$(grep -o 'tps = [0-9.]*' "$PGLOG/summary.txt" | head -1 | grep -o '[0-9.]*$')
read -r PG_P50 PG_P99 < <(cat "$PGLOG"/pgbench_log.* | awk '{print $3/1000}' | sort -n |
  awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int(NR*0.5)], a[int(NR*0.99)]}')

field() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
W_RPS=$(rps "$SIXTEEN")
RATIO=$(awk -v a="$W_RPS" -v b="$PG_TPS" 'BEGIN {if (b > 0) printf "%.1f", a / b; else print "n/a"}')
{
  echo "# Catalog benchmark results"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/catalog/run.sh $VARIANTS $MERCHANTS\`."
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), memory: $(free -h | awk '/Mem:/ {print $2 " total, " $7 " available"}')."
  echo "JVM: -Xmx1g, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1). Load generator on the same machine."
  echo "Load average (1, 5, 15 min) right after the HTTP runs: $LOADAVG; other work on the machine shares the 2 cores."
  echo
  echo "| What | Figure |"
  echo "|---|---|"
  echo "| Data set | $VARIANTS variants, $PRODUCTS products, $MERCHANTS merchants; titles in Latin, Han, Cyrillic, Hangul and Kana |"
  echo "| SQL bulk load (generate.sql, not the CSV importer) | $((LOAD_MS / 1000)) s |"
  echo "| Index rebuild from the database | $((INDEX_MS / 1000)) s ($STATUS) |"
  echo "| Search, 1 client (wrk -t1 -c1 -d$DURATION): req/s, p50, p99 | $(rps "$SINGLE"), $(field "$SINGLE" 50%), $(field "$SINGLE" 99%) |"
  echo "| Search, 16 clients (wrk -t2 -c16 -d$DURATION): req/s, p50, p99 | $W_RPS, $(field "$SIXTEEN" 50%), $(field "$SIXTEEN" 99%) |"
  echo "| Baseline: PostgreSQL ILIKE, same queries, 16 clients (pgbench -c16 -j2): tx/s, p50, p99 | $PG_TPS, ${PG_P50} ms, ${PG_P99} ms |"
  echo "| Ratio Lucene / ILIKE throughput at 16 clients | ${RATIO}× |"
  echo "| Server RSS (JVM) with the index loaded, after the runs | $((RSS_KB / 1024)) MiB |"
  echo
  echo "Raw wrk output, 16 clients:"
  echo
  echo '```'
  echo "$SIXTEEN"
  echo '```'
} | tee "$OUT.new"
mv "$OUT.new" "$OUT"
