#!/usr/bin/env bash
# Checkout throughput (32 buyers) with pgbench simple-update on the same embedded PostgreSQL as the baseline, and
# landed-cost quote latency (16 clients). Loopback only, bounded in time.
# Usage: bench/checkout/run.sh [seconds per measurement]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
SECS=${1:-20}
JAR=target/twinport.jar
[ -f "$JAR" ] || ./mvnw -o -q -B package -DskipTests
PORT=18481
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/twinport-checkout-bench.XXXXXX)
ADMIN_PASSWORD="bench-only-$(date +%s)-pw"
TWINPORT_HOME=$WORK/home TWINPORT_ADMIN_PASSWORD=$ADMIN_PASSWORD java -Xmx1g -jar "$JAR" --server.port=$PORT \
  --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 360); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the jar died; see $WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
DB_PORT=$(sed -n 4p "$WORK/home/postgres/postmaster.pid")
PSQL=(psql -q -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1)

echo "== machine"
echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
free -h | head -2
echo "uptime before: $(uptime)"

# Buyers with API tokens written straight into the database: 48 argon2 sign-ins would only measure the hash.
: > "$WORK/tokens"
for i in $(seq 1 32); do
  token="tp_bench_${i}_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$token" >> "$WORK/tokens"
  "${PSQL[@]}" -d postgres -c "with a as (insert into identity.account (username, password_hash, role, display_name)
    values ('bench.buyer.$i', 'no-password', 'BUYER', 'Bench buyer $i') returning id)
    insert into identity.api_token (account_id, name, token_hash, token_prefix)
    select id, 'bench', sha256(convert_to('$token', 'UTF8')), substr('$token', 1, 8) from a"
done
VARIANTS=$(java bench/checkout/CheckoutBench.java setup "$BASE" "$ADMIN_PASSWORD" 20)

echo "== baseline: pgbench -b simple-update, 32 clients, ${SECS}s, same PostgreSQL"
"${PSQL[@]}" -d postgres -c "drop database if exists pgbench" -c "create database pgbench"
pgbench -q -i -s 1 -h 127.0.0.1 -p "$DB_PORT" -U postgres pgbench >/dev/null 2>&1
pgbench -b simple-update -c 32 -j 2 -T "$SECS" -h 127.0.0.1 -p "$DB_PORT" -U postgres pgbench 2>/dev/null \
  | grep -E "^tps|latency average|number of transactions actually"

echo "== checkout: 32 buyers, each order = add line + review (landed-cost quote) + place, ${SECS}s after 5s warm-up"
java bench/checkout/CheckoutBench.java checkout "$BASE" "$WORK/tokens" "$VARIANTS" "$SECS" 2>"$WORK/checkout.err"
echo "non-201 answers logged: $(wc -l < "$WORK/checkout.err")"
"${PSQL[@]}" -d postgres -t -c "select 'oversold variants: ' || count(*) from catalog.stock where reserved > on_hand"

echo "== quote API: 16 clients, 3-item cart CN -> FI, ${SECS}s after 5s warm-up"
java bench/checkout/CheckoutBench.java quotes "$BASE" "$WORK/tokens" 16 "$SECS"
echo "uptime after: $(uptime)"
