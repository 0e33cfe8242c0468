#!/usr/bin/env bash
# Catalog benchmarks in one run: the CSV import of a synthetic catalog through the real API, then search latency and
# throughput over HTTP with wrk (1, 16 and 64 connections), the same searches with PostgreSQL ILIKE as the baseline
# (pgbench, 16 clients, same data, same run), and the server's resident memory.
# Usage: bench/catalog/run.sh [variants] [merchants]   (defaults 1000000 and 10000). Only ever loads 127.0.0.1.
# Run full-scale inside `flock /work/notes/bench.lock bench/catalog/run.sh` on shared machines.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
VARIANTS=${1:-1000000}
MERCHANTS=${2:-10000}
PRODUCTS=$((VARIANTS / 4))
DURATION=${DURATION:-15s}
ANCHOR_DURATION=${ANCHOR_DURATION:-25s}
PORT=18081
URL="http://127.0.0.1:$PORT"
JAR=${JAR:-target/twinport.jar}
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
HOME_DIR=$(mktemp -d /tmp/twinport-catalog-bench.XXXXXX)
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
OUT=${OUT:-bench/RESULTS-catalog.md}
now_ms() { date +%s%3N; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
SERVER=
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; fi
}
cleanup() { stop_server; [ "${KEEP:-0}" = 1 ] || rm -rf "$HOME_DIR"; }
trap cleanup EXIT
# $1: result-cache size (0 = every search computed afresh)
start_server() {
  TWINPORT_HOME=$HOME_DIR TWINPORT_DEMO=true TWINPORT_ADMIN_PASSWORD=$PASSWORD \
    "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --server.port=$PORT --twinport.search.result-cache-size="$1" \
    >>"$HOME_DIR/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 180); do
    curl -sf "$URL/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "server did not start" >&2; exit 1
}
token() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\",\"name\":\"bench\"}" \
    "$URL/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p"; }
field() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
errors() { echo "$1" | awk '/Non-2xx|Socket errors/ {$1=$1; printf "%s; ", $0}'; }
summary() { echo "$(rps "$1") req/s, p50 $(field "$1" 50%), p99 $(field "$1" 99%) $(errors "$1")"; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' /proc/"$SERVER"/status; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log "starting the server (result cache off) in $HOME_DIR"
start_server 0
PG_PORT=$(grep -o 'Embedded PostgreSQL started on 127.0.0.1:[0-9]*' "$HOME_DIR/server.log" | head -1 | grep -o '[0-9]*$')
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
sleep 5   # the demo samples load (and are indexed) right after start-up

log "registering $MERCHANTS merchants"
"${PSQL[@]}" -v merchants="$MERCHANTS" -f bench/catalog/merchants.sql
"${PSQL[@]}" -A -t -F $'\t' -c "select code, payout_currency from catalog.merchant where code like 'bench-m-%' order by id" \
  >"$HOME_DIR/merchants.tsv"
"${PSQL[@]}" -A -t -c "select code from catalog.category order by id" >"$HOME_DIR/categories.txt"

log "generating $VARIANTS variants ($PRODUCTS products) as Shopify-layout CSV"
CSV=$HOME_DIR/catalog.csv
start=$(now_ms)
"$JAVA_HOME/bin/java" bench/catalog/GenerateCsv.java "$CSV" "$VARIANTS" "$HOME_DIR/merchants.tsv" "$HOME_DIR/categories.txt"
GEN_MS=$(($(now_ms) - start))
CSV_MIB=$(($(stat -c %s "$CSV") / 1024 / 1024))
CSV_ROWS=$(($(wc -l <"$CSV") - 1))

TOKEN=$(token)
DOCS_BEFORE=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/v1/catalog/search/status" | json_field documents)
log "importing $CSV_MIB MiB through POST /api/v1/catalog/imports"
LOAD_IMPORT_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(now_ms)
JOB=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' -T "$CSV" "$URL/api/v1/catalog/imports")
UPLOAD_MS=$(($(now_ms) - start))
JOB_ID=$(echo "$JOB" | json_field id)
while true; do
  JOB=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/v1/catalog/imports/$JOB_ID")
  [ "$(echo "$JOB" | json_field state)" = RUNNING ] || break
  log "  $(echo "$JOB" | json_field processedRows) of $(echo "$JOB" | json_field totalRows) rows"
  sleep 5
done
IMPORT_MS=$(($(now_ms) - start))
DOCS_TARGET=$((DOCS_BEFORE + $(echo "$JOB" | json_field productsSaved)))
while true; do
  DOCS=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/v1/catalog/search/status" | json_field documents)
  [ "$DOCS" -ge "$DOCS_TARGET" ] && break
  [ $(($(now_ms) - start)) -gt 1800000 ] && break
  sleep 2
done
SEARCHABLE_MS=$(($(now_ms) - start))
LOAD_IMPORT_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "import: $JOB; searchable after $SEARCHABLE_MS ms ($DOCS documents)"
VARIANTS_IN_DB=$("${PSQL[@]}" -A -t -c "select count(*) from catalog.variant where sku like 'BP-%'")
"${PSQL[@]}" -c "analyze"
if [ "${IMPORT_ONLY:-0}" = 1 ]; then   # prepare a data directory for browse.sh and stop (implies KEEP=1)
  KEEP=1
  echo "$HOME_DIR" >"${IMPORT_ONLY_OUT:-/tmp/twinport-catalog-home}"
  echo "$PASSWORD" >"$HOME_DIR/admin-password"
  log "imported into $HOME_DIR (admin password in $HOME_DIR/admin-password); stopping (IMPORT_ONLY=1)"
  exit 0
fi

run_searches() {  # $1: label
  log "searches ($1)"
  wrk -t1 -c1 -d5s -s bench/catalog/queries.lua "$URL" >/dev/null   # warm-up
  SINGLE=$(wrk -t1 -c1 -d"$DURATION" --latency -s bench/catalog/queries.lua "$URL")
  SIXTEEN=$(wrk -t2 -c16 -d"$DURATION" --latency -s bench/catalog/queries.lua "$URL")
  LIST16=$(wrk -t2 -c16 -d"$ANCHOR_DURATION" --latency "$URL/api/v1/catalog/search?market=FI")
  LIST64=$(wrk -t2 -c64 -d"$ANCHOR_DURATION" --latency "$URL/api/v1/catalog/search?market=FI")
  NAME16=$(wrk -t2 -c16 -d"$ANCHOR_DURATION" --latency "$URL/api/v1/catalog/search?q=teapot")
  NAME64=$(wrk -t2 -c64 -d"$ANCHOR_DURATION" --latency "$URL/api/v1/catalog/search?q=teapot")
  LOAD_AFTER_SEARCH=$(cut -d' ' -f1-3 /proc/loadavg)
  RSS=$(rss_mib)
}
run_searches "result cache off"
OFF_SINGLE=$SINGLE; OFF_SIXTEEN=$SIXTEEN; OFF_LIST16=$LIST16; OFF_LIST64=$LIST64; OFF_NAME16=$NAME16
OFF_NAME64=$NAME64; OFF_LOAD=$LOAD_AFTER_SEARCH; OFF_RSS=$RSS

log "baseline: the same searches with PostgreSQL ILIKE"
PGLOG=$(mktemp -d)
(cd "$PGLOG" && pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c16 -j2 -T"${DURATION%s}" -l \
  -f "$OLDPWD/bench/catalog/ilike.sql" postgres > summary.txt 2>&1)
PG_TPS=$(grep -o 'tps = [0-9.]*' "$PGLOG/summary.txt" | head -1 | grep -o '[0-9.]*$')
read -r PG_P50 PG_P99 < <(cat "$PGLOG"/pgbench_log.* | awk '{print $3/1000}' | sort -n |
  awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int(NR*0.5)], a[int(NR*0.99)]}')
PG_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

log "restarting with the result cache on"
stop_server
start_server 512
sleep 3
run_searches "result cache on"
ON_SINGLE=$SINGLE; ON_SIXTEEN=$SIXTEEN; ON_LIST16=$LIST16; ON_LIST64=$LIST64; ON_NAME16=$NAME16; ON_NAME64=$NAME64
ON_LOAD=$LOAD_AFTER_SEARCH; ON_RSS=$RSS
stop_server

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f", a / b; else print "n/a"}'; }
{
  echo "## Run $(date -u +%Y-%m-%dT%H:%MZ): \`bench/catalog/run.sh $VARIANTS $MERCHANTS\`"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), memory: $(free -h | awk '/Mem:/ {print $2 " total, " $7 " available"}')."
  echo "JVM: -Xmx1g, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1). Load generators (wrk, pgbench, curl) on the same machine."
  echo "Load average (1, 5, 15 min): $LOAD_BEFORE at the start; $LOAD_IMPORT_BEFORE / $LOAD_IMPORT_AFTER before / after the import;"
  echo "$OFF_LOAD after the searches with the cache off; $PG_LOAD after pgbench; $ON_LOAD after the searches with the cache on."
  echo
  echo "### Import"
  echo
  echo "| What | Figure |"
  echo "|---|---|"
  echo "| Data set | $CSV_ROWS CSV rows = $VARIANTS variants of $PRODUCTS products from $MERCHANTS merchants, $CSV_MIB MiB; titles in Latin plus Han, Cyrillic, Hangul or Kana |"
  echo "| Generating the CSV (GenerateCsv.java) | $((GEN_MS / 1000)) s |"
  echo "| Upload (POST /api/v1/catalog/imports, streamed to disk) | $((UPLOAD_MS / 1000)) s |"
  echo "| Import done (upload + parse + write), from the first byte | $((IMPORT_MS / 1000)) s |"
  echo "| Every product searchable, from the first byte | $((SEARCHABLE_MS / 1000)) s ($DOCS documents in the index) |"
  echo "| Variants in the database afterwards | $VARIANTS_IN_DB |"
  echo "| Job | \`$JOB\` |"
  echo
  echo "### Search over HTTP (wrk), the same data"
  echo
  echo "| Load | Result cache off | Result cache on |"
  echo "|---|---|---|"
  echo "| queries.lua (7 searches with facets, 4 scripts), 1 connection, $DURATION | $(summary "$OFF_SINGLE") | $(summary "$ON_SINGLE") |"
  echo "| queries.lua, 16 connections (-t2), $DURATION | $(summary "$OFF_SIXTEEN") | $(summary "$ON_SIXTEEN") |"
  echo "| anchor: product list (market=FI, 20 per page), 16 connections, $ANCHOR_DURATION | $(summary "$OFF_LIST16") | $(summary "$ON_LIST16") |"
  echo "| anchor: product list, 64 connections | $(summary "$OFF_LIST64") | $(summary "$ON_LIST64") |"
  echo "| anchor: name search (q=teapot), 16 connections | $(summary "$OFF_NAME16") | $(summary "$ON_NAME16") |"
  echo "| anchor: name search, 64 connections | $(summary "$OFF_NAME64") | $(summary "$ON_NAME64") |"
  echo "| Server RSS after the runs | $OFF_RSS MiB | $ON_RSS MiB |"
  echo
  echo "Baseline, same 7 searches as PostgreSQL ILIKE (top 20 plus category counts), pgbench -c16 -j2 -T${DURATION%s}: $PG_TPS tx/s, p50 $PG_P50 ms, p99 $PG_P99 ms."
  echo "Ratio of throughput at 16 connections, Lucene / ILIKE: $(ratio "$(rps "$OFF_SIXTEEN")" "$PG_TPS")× with the cache off, $(ratio "$(rps "$ON_SIXTEEN")" "$PG_TPS")× with it on."
  echo "Against Shopizer's anchors (193 req/s name search, 159 / 191 req/s product list at 16 / 64 connections): name search at 16 connections $(ratio "$(rps "$OFF_NAME16")" 193)× (cache off), product list $(ratio "$(rps "$OFF_LIST16")" 159)× / $(ratio "$(rps "$OFF_LIST64")" 191)×."
  echo
  echo "Raw wrk output, queries.lua at 16 connections, cache off:"
  echo
  echo '```'
  echo "$OFF_SIXTEEN"
  echo '```'
} | tee "$OUT.run"
cp "$HOME_DIR/server.log" /tmp/twinport-catalog-bench-server.log 2>/dev/null || true
log "written to $OUT.run (server log: /tmp/twinport-catalog-bench-server.log; KEEP=1 keeps $HOME_DIR)"
