#!/usr/bin/env bash
# Loads N synthetic flows into a THROWAWAY Twinport home's embedded PostgreSQL, using both cores: two sessions insert
# a half each into the bare table, two build the indexes, two build the rollups. Prints each phase's time.
# Usage: bench/insight/load.sh <db-port> [rows=10000000]
set -euo pipefail
DB_PORT=${1:?embedded PostgreSQL port}
ROWS=${2:-10000000}
cd "$(dirname "$0")"
PSQL=(psql -q -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres)
HALF=$(( ROWS / 2 ))
t() { date +%s.%N; }
phase() { printf '%-28s %6.1f s\n' "$1" "$(echo "$(t) - $2" | bc)"; }
start=$(t)
s=$(t); "${PSQL[@]}" -f seed-prepare.sql; phase "prepare" "$s"
s=$(t)
"${PSQL[@]}" -v rows="$ROWS" -v first=1 -v last="$HALF" -f seed-insert.sql &
"${PSQL[@]}" -v rows="$ROWS" -v first=$(( HALF + 1 )) -v last="$ROWS" -f seed-insert.sql &
wait; phase "insert $ROWS rows (2 sessions)" "$s"
s=$(t)
"${PSQL[@]}" -f seed-index-a.sql > /dev/null &
"${PSQL[@]}" -f seed-index-b.sql > /dev/null &
wait; phase "indexes (2 sessions)" "$s"
s=$(t)
"${PSQL[@]}" -f seed-rollup-a.sql > /dev/null &
"${PSQL[@]}" -f seed-rollup-b.sql > /dev/null &
wait; phase "rollups + vacuum (2 sessions)" "$s"
"${PSQL[@]}" -c "analyze insight.rollup_chapter, insight.rollup_partner, insight.rollup_month, insight.rollup_country"
phase "LOAD IN ALL" "$start"
"${PSQL[@]}" -At -F ' ' -c "select 'flows', count(*) from insight.trade_flow" \
  -c "select 'rollup_month', count(*) from insight.rollup_month" \
  -c "select 'rollup_chapter', count(*) from insight.rollup_chapter" \
  -c "select 'rollup_partner', count(*) from insight.rollup_partner" \
  -c "select 'rollup_country', count(*) from insight.rollup_country" \
  -c "select 'raw table with indexes', pg_size_pretty(pg_total_relation_size('insight.trade_flow'))"
