#!/usr/bin/env bash
# Varied browsing without a cache (issue 18): browse.lua (market, category, price range, sort, words and page drawn
# afresh on every request) against the search API with the result cache off, at 16 and 64 connections, for two jars
# on the SAME data directory, alternating (base, this, this, base, ...), one server at a time on port 18083.
# Reports per window and as medians: req/s, p50, p99, non-2xx answers and the JVM's CPU per request.
#
# Usage: bench/catalog/browse.sh <twinport-home> [rounds]   (rounds default 2)
#   <twinport-home>: a data directory with the catalog imported, e.g. from
#                    IMPORT_ONLY=1 bench/catalog/run.sh 1000000 10000  (prints it; it keeps the admin password there)
#   BASE=jar (default /tmp/base-18.jar), THIS=jar (default target/twinport.jar), DURATION=15s, WARMUP=10s,
#   CONNS="16 64", MODE=mixed|list|search (browse.lua's mix), THIS_ARGS / BASE_ARGS: extra application arguments (e.g. --twinport.search.count-cache-size=0).
# Only ever loads 127.0.0.1. On a shared machine: flock /tmp/bench.lock bench/catalog/browse.sh <home>
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
HOME_DIR=${1:?usage: browse.sh <twinport-home> [rounds]}
ROUNDS=${2:-2}
BASE=${BASE:-/tmp/base-18.jar}
THIS=${THIS:-target/twinport.jar}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CONNS=${CONNS:-16 64}
MODE=${MODE:-mixed}   # browse.lua's mix: mixed, list (listings only) or search (words only)
PORT=18083
URL="http://127.0.0.1:$PORT"
OUT=${OUT:-/tmp/browse-$(date -u +%Y%m%dT%H%M).md}
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
SERVER=
stop_server() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; fi
}
trap stop_server EXIT
# Each jar keeps its own search index next to the shared database (search.<label>): the index is derived data whose
# layout may differ between jars (this one sorts it by id and writes compact hit payloads the base jar cannot read).
# A jar without one builds it from the database at its first start (waited for below).
use_index() {  # $1: label
  local current
  current=$(cat "$HOME_DIR/search.label" 2>/dev/null || echo unknown)
  [ "$current" = "$1" ] && return 0
  if [ -d "$HOME_DIR/search" ]; then rm -rf "$HOME_DIR/search.$current"; mv "$HOME_DIR/search" "$HOME_DIR/search.$current"; fi
  if [ -d "$HOME_DIR/search.$1" ]; then mv "$HOME_DIR/search.$1" "$HOME_DIR/search"; fi
  echo "$1" >"$HOME_DIR/search.label"
}
# $1: jar, $2: extra arguments
start_server() {
  # shellcheck disable=SC2086
  TWINPORT_HOME=$HOME_DIR TWINPORT_DEMO=true "$JAVA_HOME/bin/java" -Xmx1g -jar "$1" --server.port=$PORT \
    --twinport.search.result-cache-size=0 $2 >>"$HOME_DIR/browse-server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 180); do
    curl -sf "$URL/actuator/health" >/dev/null && break
    sleep 1
  done
  curl -sf "$URL/actuator/health" >/dev/null || { echo "server did not start" >&2; exit 1; }
  # A jar that changes the index layout rebuilds it at start-up: wait until the rebuild is done.
  if [ -f "$HOME_DIR/admin-password" ]; then
    local token status
    token=$(curl -sf -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$(cat "$HOME_DIR/admin-password")\",\"name\":\"browse\"}" \
      "$URL/api/v1/auth/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
    sleep 5   # a rebuild at start-up begins when the application is ready
    for _ in $(seq 1 900); do
      status=$(curl -sf -H "Authorization: Bearer $token" "$URL/api/v1/catalog/search/status")
      echo "$status" | grep -q '"rebuilding":false' && ! echo "$status" | grep -q '"documents":0,' && break
      sleep 2
    done
    log "  index: $status"
  fi
}
cpu_ticks() { awk '{print $14 + $15}' /proc/"$SERVER"/stat; }
field() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0;
  else if (v ~ /s$/) printf "%.0f", v * 1000; else print v }'; }
declare -A RESULTS
window() {  # $1: label, $2: connections
  local before after out rps requests cpu errors
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$2" -d"$DURATION" --latency -s bench/catalog/browse.lua "$URL" -- "$MODE")
  after=$(cpu_ticks)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {$1=$1; printf "%s; ", $0}')
  local line="$rps $(to_ms "$(field "$out" 50%)") $(to_ms "$(field "$out" 99%)") $cpu"
  RESULTS[$1/$2]="${RESULTS[$1/$2]:-}$line|"
  log "  $1, $2 connections: $rps req/s, p50 $(field "$out" 50%), p99 $(field "$out" 99%), $cpu ms CPU per request; $(echo "$out" | tail -1) $errors"
}
run_jar() {  # $1: label, $2: jar, $3: extra arguments
  log "$1: $2 $3"
  use_index "$1"
  start_server "$2" "$3"
  wrk -t2 -c16 -d"$WARMUP" -s bench/catalog/browse.lua "$URL" -- "$MODE" >/dev/null   # warm-up (JIT)
  for c in $CONNS; do window "$1" "$c"; done
  stop_server
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then
    run_jar base "$BASE" "${BASE_ARGS:-}"; run_jar this "$THIS" "${THIS_ARGS:-}"
  else
    run_jar this "$THIS" "${THIS_ARGS:-}"; run_jar base "$BASE" "${BASE_ARGS:-}"
  fi
done
median() { tr '|' '\n' | awk -v c="$1" 'NF {print $c}' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
{
  echo "## browse.sh $(date -u +%Y-%m-%dT%H:%MZ): $ROUNDS rounds of $DURATION windows, browse.lua $MODE, result cache off"
  echo
  echo "Data: $HOME_DIR ($(grep -c . "$HOME_DIR/categories.txt" 2>/dev/null || echo '?') categories). Base: $BASE ${BASE_ARGS:-}. This: $THIS ${THIS_ARGS:-}."
  echo "Machine: $(nproc) cores; load average $LOAD_BEFORE at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo
  echo "| Jar | Connections | req/s (median) | p50 ms | p99 ms | JVM CPU ms per request | windows (req/s p50 p99 cpu) |"
  echo "|---|---|---|---|---|---|---|"
  for label in base this; do
    for c in $CONNS; do
      r=${RESULTS[$label/$c]}
      echo "| $label | $c | $(echo "$r" | median 1) | $(echo "$r" | median 2) | $(echo "$r" | median 3) | $(echo "$r" | median 4) | ${r%|} |"
    done
  done
} | tee "$OUT"
log "written to $OUT"
