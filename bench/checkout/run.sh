#!/usr/bin/env bash
# Checkout and cart benchmarks (issue 5) on loopback, bounded in time, with the baseline in the same run:
#   1. pgbench -b simple-update, 32 clients, against the application's own embedded PostgreSQL (baseline);
#   2. place order: 32 buyers (wrk, checkout.lua), each looping add line + review (landed-cost quote) + place;
#      and placing alone (place.lua): PLACE_BUYERS buyers (default 24000) whose one-line carts were reviewed
#      beforehand, unmeasured, are placed by 32 connections;
#   3. add to cart with wrk -t2 --latency at 16 and 64 connections, as in performance-anchors.md;
#   4. quote API: wrk -t2 --latency, 16 connections posting a 3-item cart;
#   5. pgbench again, to show how much the machine's share moved during the run.
# Usage: bench/checkout/run.sh [seconds per measurement]      (default 20; wrk runs use WRK_SECS, default 25)
# Environment: POOL=n      HikariCP pool size of the application (default: the application's own default)
#              STATS=0     without pg_stat_statements (default: preloaded, statements per order and per review)
#              PROFILE=1   also one JFR recording per measured phase (checkout.jfr, reviews-of-checkout.jfr,
#                          place.jfr, cart-16.jfr, cart-64.jfr, quotes-think0.jfr in the work directory)
#              MARKETS=..  the buyers' countries, buyer i of a tokens file in MARKETS[i % n] (default
#                          "FI,DE,FR,BG,GB"): every load varies its inputs (markets, variants, quantities, quotes)
#              PHASES=...  the measured phases to run, of "checkout place cart reviews quotes freshness" (default
#                          "checkout place cart quotes freshness"; reviews needs cart before it, whose carts it
#                          reviews)
#              PLACE_ROUNDS=n  n placing windows, each after its own pgbench window; prints the median ratio
#              PERF=1  perf record -a while placing alone ($WORK/place.perf; with KEEP=1)
#              PLACE_BUYERS=n  buyers prepared for the place phase (default 36000; the summary says if they ran out)
#              CHECKOUT_CLIENT=java  place orders with CheckoutBench.java instead of wrk (checkout.lua, one
#                          connection and thread per buyer)
#              JVM_OPTS=.. the application JVM's options (default -Xms1g -Xmx1g, as the README recommends)
#              QUOTES_THINK="0 5"  the quote load once per value: each connection's pause after an answer, in ms
#              KEEP=1      keep the work directory (logs, JFR, statement dumps) and print its path
#              WARM=s      seconds of unmeasured warm-up per kind of load (default 30)
#              JAR=path    another build to measure with the same script (default target/twinport.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
source bench/checkout/buyers.sh
SECS=${1:-20}
WRK_SECS=${WRK_SECS:-25}
JAR=${JAR:-target/twinport.jar}   # JAR=... compares another build with the same script
[ -f "$JAR" ] || ./mvnw -o -q -B package -DskipTests
PORT=${PORT:-18481}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/twinport-checkout-bench.XXXXXX)
ADMIN_PASSWORD="bench-only-$(date +%s)-pw"
BENCH=bench/checkout/CheckoutBench.java
APP=

start_app() {
  local extra=()
  [ -n "${POOL:-}" ] && extra+=(--twinport.db.pool-size="$POOL")
  TWINPORT_HOME=$WORK/home TWINPORT_ADMIN_PASSWORD=$ADMIN_PASSWORD TWINPORT_DEMO=true \
    java ${JVM_OPTS:--Xms1g -Xmx1g} "$@" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 "${extra[@]}" \
    >>"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 360); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP" 2>/dev/null || { echo "the jar died; see $WORK/app.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the jar did not become healthy; see $WORK/app.log" >&2
  exit 1
}
stop_app() {
  [ -n "$APP" ] && { kill -TERM "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; }
  APP=
}
cleanup() {
  stop_app
  if [ -n "${KEEP:-}" ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "== machine"
echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
free -h | head -2
echo "uptime before: $(uptime)"

start_app
# The demo samples (catalog, synthetic statistics, matchmaking) load in the background after start: let them finish
# so that they do not share the CPU with the measurements.
for _ in $(seq 1 600); do
  grep -q "Loaded the sample matchmaking data" "$WORK/app.log" && break
  sleep 1
done
DB_PORT=$(sed -n 4p "$WORK/home/postgres/postmaster.pid")
PSQL=(psql -q -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1)
STATS=${STATS:-1}
[ -n "${PROFILE:-}" ] && STATS=1
if [ "$STATS" = 1 ]; then
  # pg_stat_statements must be preloaded: restart the application on the same data directory with it set (the
  # embedded server passes its own settings on the command line, so postgresql.auto.conf keeps this one).
  "${PSQL[@]}" -d postgres -c "alter system set shared_preload_libraries = 'pg_stat_statements'" \
    -c "alter system set pg_stat_statements.track = 'all'"
  stop_app
  start_app ${PROFILE:+-XX:FlightRecorderOptions=stackdepth=512}
  DB_PORT=$(sed -n 4p "$WORK/home/postgres/postmaster.pid")
  PSQL=(psql -q -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1)
  "${PSQL[@]}" -d postgres -c "create extension if not exists pg_stat_statements"
fi
echo "application pool: $(grep -o "at most [0-9]* connections" "$WORK/app.log" | tail -1)"

# Buyers with API tokens: 32 for the checkout run, 256 for add to cart (each connection's requests rotate over them,
# 5 variants each). Buyer i of each tokens file lives in MARKETS[i % n] (markets.lua, CheckoutBench.java).
export MARKETS=${MARKETS:-FI,DE,FR,BG,GB}
create_buyers 288 bench >"$WORK/all-tokens"
head -32 "$WORK/all-tokens" >"$WORK/tokens"
tail -n +33 "$WORK/all-tokens" >"$WORK/cart-tokens"
VARIANTS=$(java "$BENCH" setup "$BASE" "$ADMIN_PASSWORD" 20)
# Every cart buyer chooses Finland once; wrk then only adds lines.
java "$BENCH" markets "$BASE" "$WORK/cart-tokens"

# CPU time (user + system) of the application JVM and of the PostgreSQL server processes, in ms: divided by the
# requests served it gives a cost per request that the other load on a shared machine disturbs far less than
# throughput does.
HZ=$(getconf CLK_TCK)
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
cpu_mark() { PG=$(sed -n 1p "$WORK/home/postgres/postmaster.pid"); APP_T0=$(ticks "$APP"); DB_T0=$(ticks "$PG" $(pgrep -P "$PG")); }
cpu_per() { # $1 = requests, $2 = what; leaves CPU_APP and CPU_DB (ms per request)
  local app=$(( ($(ticks "$APP") - APP_T0) * 1000 / HZ )) db=$(( ($(ticks "$PG" $(pgrep -P "$PG")) - DB_T0) * 1000 / HZ ))
  CPU_APP=$(awk -v a="$app" -v n="$1" 'BEGIN { printf "%.2f", a / n }')
  CPU_DB=$(awk -v d="$db" -v n="$1" 'BEGIN { printf "%.2f", d / n }')
  echo "cpu: application $CPU_APP ms + PostgreSQL $CPU_DB ms per $2 ($1 ${2}s)"
}

PHASES=${PHASES:-checkout place cart quotes freshness}
phase() { [[ " $PHASES " == *" $1 "* ]]; }
jfr_start() { [ -n "${PROFILE:-}" ] && jcmd "$APP" JFR.start name=phase settings=profile >/dev/null || true; }
jfr_stop() { [ -n "${PROFILE:-}" ] && jcmd "$APP" JFR.stop name=phase filename="$WORK/$1.jfr" >/dev/null || true; }

pgbench_run() {
  "${PSQL[@]}" -d postgres -c "drop database if exists pgbench" -c "create database pgbench"
  pgbench -q -i -s 1 -h 127.0.0.1 -p "$DB_PORT" -U postgres pgbench >/dev/null 2>&1
  pgbench -b simple-update -c 32 -j 2 -T "$SECS" -h 127.0.0.1 -p "$DB_PORT" -U postgres pgbench 2>/dev/null \
    | grep -E "^tps|latency average|number of transactions actually" | tee "$WORK/pgbench.out"
  LAST_TPS=$(grep -o '^tps = [0-9.]*' "$WORK/pgbench.out" | cut -d' ' -f3)
}

# With PROFILE=1: what the server ran per order since the last pg_stat_statements_reset (totals, then each
# statement by the time it took in all). $1 = orders placed, $2 = file for the table.
statements_per_order() { # $1 = orders (or reviews), $2 = file for the table; prints STATEMENTS=<per order>
  "${PSQL[@]}" -d postgres -c "select round(sum(calls)::numeric / $1, 1) as statements_per_order,
      round(sum(calls) filter (where query not in ('BEGIN', 'COMMIT', 'ROLLBACK'))::numeric / $1, 1) as without_begin_commit,
      round(sum(total_exec_time)::numeric / $1, 3) as db_ms_per_order from pg_stat_statements
      where query not ilike '%pg_stat_statements%' and query not ilike '%count(*) from ordering.customer_order%'"
  STATEMENTS=$("${PSQL[@]}" -d postgres -At -c "select round(sum(calls)::numeric / $1, 1) from pg_stat_statements
      where query not ilike '%pg_stat_statements%' and query not ilike '%count(*) from ordering.customer_order%'")
  "${PSQL[@]}" -d postgres -c "select calls, round((calls::numeric / $1), 2) as per_order,
      round(mean_exec_time::numeric, 3) as mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 150) as query
      from pg_stat_statements where query not ilike '%pg_stat_statements%' order by total_exec_time desc limit 40" \
    | tee "$2"
}

# The JIT compiles for minutes after start: warm every path up first, or the first measurement pays for it.
WARM=${WARM:-30}
echo "== warm-up, not measured: ${WARM}s of each phase ($PHASES)"
checkout_load() { # $1 = seconds; prints "buyers=… orders=… failed=… orders_per_s=…"
  if [ "${CHECKOUT_CLIENT:-wrk}" = java ]; then
    WARMUP=0 java "$BENCH" checkout "$BASE" "$WORK/tokens" "$VARIANTS" "$1"
  else
    TOKENS="$WORK/tokens" VARIANTS="$VARIANTS" wrk -t32 -c32 -d"${1}s" --latency --timeout 10s \
      -s bench/checkout/checkout.lua "$BASE" | grep -E "^buyers=|Latency |^ +(50|99)%"
  fi
}
phase checkout && { java "$BENCH" markets "$BASE" "$WORK/tokens"; checkout_load "$WARM" >/dev/null 2>&1; }
# Buyers for placing alone: accounts, tokens and one-line carts for Finland written straight into the database, then
# each cart reviewed through the API (unmeasured) so that the measured requests are the placing of orders only.
place_buyers() { # $1 = how many, $2 = name prefix, $3 = output file of "token reviewId" lines
  "${PSQL[@]}" -d postgres -At -c "
    with t as (select i, 'tp_$2_' || i || '_' || md5(random()::text || clock_timestamp()::text || i) as token,
                 (string_to_array('$VARIANTS', ','))[1 + (i * 7) % $(tr ',' '\n' <<<"$VARIANTS" | wc -l)]::bigint as variant,
                 (string_to_array('$MARKETS', ','))[1 + (i - 1) % $(tr ',' '\n' <<<"$MARKETS" | wc -l)] as market,
                 1 + i % 3 as quantity
               from generate_series(1, $1) i),
    a as (insert into identity.account (username, password_hash, role, display_name)
          select '$2.' || i, 'no-password', 'BUYER', 'Bench buyer ' || i from t returning id, username),
    k as (insert into identity.api_token (account_id, name, token_hash, token_prefix)
          select a.id, 'bench', sha256(convert_to(t.token, 'UTF8')), substr(t.token, 1, 8)
          from a join t on a.username = '$2.' || t.i),
    c as (insert into ordering.cart (account_id, market, currency)
          select a.id, t.market, case t.market when 'GB' then 'GBP' else 'EUR' end
          from a join t on a.username = '$2.' || t.i returning id, account_id),
    l as (insert into ordering.cart_line (cart_id, variant_id, quantity)
          select c.id, t.variant, t.quantity from c join a on a.id = c.account_id join t on a.username = '$2.' || t.i)
    select token from t order by i" >"$WORK/$2-tokens"
  java "$BENCH" reviews "$BASE" "$WORK/$2-tokens" >"$3"
}
place_load() { # $1 = seconds, $2 = reviews file
  THREADS=32 REVIEWS="$2" wrk -t32 -c32 -d"${1}s" --latency --timeout 10s -s bench/checkout/place.lua "$BASE"
}
# The JIT needs the placing path busy for the whole warm-up: enough reviews for about 20 s of it.
phase place && { place_buyers "${WARM_PLACE_BUYERS:-16000}" place.warm "$WORK/place-warm"; place_load "$WARM" "$WORK/place-warm" >/dev/null; }
phase cart && { TOKENS="$WORK/cart-tokens" VARIANTS="$VARIANTS" wrk -t2 -c16 -d"${WARM}s" \
  -s bench/checkout/add-to-cart.lua "$BASE" >/dev/null; }
quotes_load() { TOKENS="$WORK/tokens" POST_PATH=/api/v1/landed-cost/quotes BODY=quote \
  wrk -t2 -c16 -d"${1}s" --latency --timeout 10s -s bench/checkout/post-as-buyers.lua "$BASE"; }
phase quotes && { quotes_load "$WARM" >/dev/null; }

echo "== baseline: pgbench -b simple-update, 32 clients, ${SECS}s, same PostgreSQL"
pgbench_run

count_of() { "${PSQL[@]}" -d postgres -At -c "select count(*) from $1"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
stats_reset() { [ "$STATS" = 1 ] && "${PSQL[@]}" -d postgres -c "select pg_stat_statements_reset()" >/dev/null || true; }

if phase checkout; then
  # CHECKOUT_ROUNDS=n: n whole-checkout windows, each right after its own pgbench window (the first after the
  # baseline above); the summary gives the medians. Then one window of reviews alone by the same buyers.
  C_RATIOS=(); C_RATES=(); C_APP=(); C_DB=(); C_STMTS=()
  for ROUND in $(seq 1 "${CHECKOUT_ROUNDS:-1}"); do
    if [ "$ROUND" -gt 1 ]; then
      echo "== baseline for checkout round $ROUND: pgbench -b simple-update, 32 clients, ${SECS}s"
      pgbench_run
    fi
    echo "== whole checkout (round $ROUND): 32 buyers in $MARKETS, each order = add 1-2 lines (1-3 units) + review (landed-cost quote) + place, ${SECS}s"
    stats_reset
    ORDERS0=$(count_of ordering.checkout)
    jfr_start
    cpu_mark
    checkout_load "$SECS" 2>"$WORK/checkout.err" | tee "$WORK/checkout.out"
    cpu_per "$(grep -o 'orders=[0-9]*' "$WORK/checkout.out" | cut -d= -f2)" order
    jfr_stop "checkout-$ROUND"
    ORDERS=$(( $(count_of ordering.checkout) - ORDERS0 ))
    RATE=$(grep -o 'orders_per_s=[0-9.]*' "$WORK/checkout.out" | cut -d= -f2)
    RATIO=$(awk -v o="$RATE" -v t="$LAST_TPS" 'BEGIN { printf "%.3f", o / t }')
    echo "ratio to the pgbench window just before: $RATIO; non-201 answers logged: $(wc -l <"$WORK/checkout.err")"
    "${PSQL[@]}" -d postgres -t -c "select 'oversold stock rows: ' || count(*) from catalog.stock where reserved > on_hand"
    C_RATIOS+=("$RATIO"); C_RATES+=("$RATE"); C_APP+=("$CPU_APP"); C_DB+=("$CPU_DB")
    if [ "$STATS" = 1 ]; then
      statements_per_order "$ORDERS" "$WORK/statements-$ROUND.txt" >"$WORK/statements-$ROUND.out"
      if [ "$ROUND" = 1 ]; then cat "$WORK/statements-$ROUND.out"; else head -4 "$WORK/statements-$ROUND.out"; fi
      C_STMTS+=("$STATEMENTS")
    fi
  done
  # The review step alone: the same 32 buyers, each with one or two lines in the cart, review it over and over.
  "${PSQL[@]}" -d postgres -c "
    insert into ordering.cart_line (cart_id, variant_id, quantity)
    select c.id, (string_to_array('$VARIANTS', ','))[1 + (c.id * 7 + k) % $(tr ',' '\n' <<<"$VARIANTS" | wc -l)]::bigint,
      1 + (c.id + k) % 3
    from ordering.cart c join identity.account a on a.id = c.account_id, generate_series(0, (c.id % 2)::int) k
    where a.username like 'bench.buyer.%' and a.username::text in
      (select 'bench.buyer.' || n from generate_series(1, 32) n)
    on conflict do nothing" >/dev/null
  echo "== reviews alone: the same 32 buyers, 32 connections, ${SECS}s, POST /api/v1/checkout/reviews of their carts"
  stats_reset
  REVIEWS0=$(count_of ordering.checkout_review)
  jfr_start
  cpu_mark
  TOKENS="$WORK/tokens" POST_PATH=/api/v1/checkout/reviews BODY=review \
    wrk -t2 -c32 -d"${SECS}s" --latency --timeout 10s -s bench/checkout/post-as-buyers.lua "$BASE" >"$WORK/reviews-alone.out"
  REVIEWS=$(( $(count_of ordering.checkout_review) - REVIEWS0 ))
  grep -E "Requests/sec|other than 201|^ +(50|99)%" "$WORK/reviews-alone.out"
  cpu_per "$REVIEWS" review
  jfr_stop reviews-of-checkout
  R_APP=$CPU_APP; R_DB=$CPU_DB; R_STMTS=
  if [ "$STATS" = 1 ]; then statements_per_order "$REVIEWS" "$WORK/review-statements.txt"; R_STMTS=$STATEMENTS; fi
fi

if phase place; then
  # PLACE_ROUNDS=n: n placing windows, each right after its own pgbench window, so that each ratio compares two
  # measurements a few seconds apart (the host's share of the CPU moves by a third within minutes); the median
  # ratio is printed at the end.
  RATIOS=(); P_APP=(); P_DB=(); P_STMTS=()
  for ROUND in $(seq 1 "${PLACE_ROUNDS:-1}"); do
    if [ "$ROUND" -gt 1 ]; then
      echo "== baseline for placing round $ROUND: pgbench -b simple-update, 32 clients, ${SECS}s"
      pgbench_run
    fi
    echo "== placing alone${PLACE_ROUNDS:+ (round $ROUND)}: 32 connections, ${SECS}s, POST /api/v1/checkout/orders for carts reviewed beforehand"
    place_buyers "${PLACE_BUYERS:-36000}" "place.r$ROUND" "$WORK/place-reviews"
    stats_reset
    ORDERS0=$(count_of ordering.checkout)
    jfr_start
    cpu_mark
    # PERF=1: every process's CPU samples while placing (perf record -a), to see PostgreSQL's share by function too.
    [ -n "${PERF:-}" ] && { perf record -a -g -F 499 -o "$WORK/place.perf" -- sleep "$SECS" >/dev/null 2>&1 & PERF_PID=$!; }
    place_load "$SECS" "$WORK/place-reviews" >"$WORK/place.out"
    [ -n "${PERF:-}" ] && wait "$PERF_PID"
    grep -E "^buyers=|Latency |^ +(50|90|99)%" "$WORK/place.out"
    cpu_per "$(grep -o 'orders=[0-9]*' "$WORK/place.out" | cut -d= -f2)" order
    P_APP+=("$CPU_APP"); P_DB+=("$CPU_DB")
    jfr_stop "place-$ROUND"
    RATIO=$(awk -v o="$(grep -o 'orders_per_s=[0-9.]*' "$WORK/place.out" | cut -d= -f2)" -v t="$LAST_TPS" \
      'BEGIN { printf "%.3f", o / t }')
    RATIOS+=("$RATIO")
    echo "ratio to the pgbench window just before: $RATIO"
    if [ "$STATS" = 1 ]; then
      ORDERS=$(( $(count_of ordering.checkout) - ORDERS0 ))
      statements_per_order "$ORDERS" "$WORK/place-statements.txt" >"$WORK/place-statements.out"
      if [ "$ROUND" = 1 ]; then cat "$WORK/place-statements.out"; else head -4 "$WORK/place-statements.out"; fi
      P_STMTS+=("$STATEMENTS")
    fi
  done
  echo "placing ratios: ${RATIOS[*]}; median $(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{ a[NR] = $1 }
    END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
fi

if phase cart; then
  echo "== add to cart: wrk -t2 --latency, ${WRK_SECS}s, 256 buyers x 5 variants, POST /api/v1/cart/lines"
  for connections in 16 64; do
    "${PSQL[@]}" -d postgres -c "delete from ordering.cart_line where cart_id in (select c.id from ordering.cart c
      join identity.account a on a.id = c.account_id where a.username like 'bench.buyer.%')" >/dev/null
    echo "-- $connections connections"
    jfr_start
    cpu_mark
    TOKENS="$WORK/cart-tokens" VARIANTS="$VARIANTS" wrk -t2 -c"$connections" -d"${WRK_SECS}s" --latency --timeout 10s \
      -s bench/checkout/add-to-cart.lua "$BASE" >"$WORK/wrk-$connections.out"
    grep -E "requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%" "$WORK/wrk-$connections.out"
    cpu_per "$(grep -o '[0-9]* requests in' "$WORK/wrk-$connections.out" | cut -d' ' -f1)" request
    jfr_stop "cart-$connections"
  done
  "${PSQL[@]}" -d postgres -t -c "select 'largest cart line after add to cart: ' || coalesce(max(quantity), 0)
    from ordering.cart_line"
fi

if phase freshness; then
  echo "== search freshness: 30 products created one at a time, each until the search API finds it"
  java "$BENCH" freshness "$BASE" "$ADMIN_PASSWORD" 30
fi

if phase reviews; then
  echo "== checkout review: wrk -t2 --latency, 16 connections, ${WRK_SECS}s, carts of the add-to-cart phase"
  jfr_start
  cpu_mark
  TOKENS="$WORK/cart-tokens" POST_PATH=/api/v1/checkout/reviews BODY=review \
    wrk -t2 -c16 -d"${WRK_SECS}s" --latency --timeout 10s -s bench/checkout/post-as-buyers.lua "$BASE" \
    >"$WORK/reviews.out"
  grep -E "requests in|Requests/sec|Non-2xx|Socket errors|other than 201|^ +(50|90|99)%|Latency " "$WORK/reviews.out"
  cpu_per "$(grep -o '[0-9]* requests in' "$WORK/reviews.out" | cut -d' ' -f1)" review
  jfr_stop reviews
fi

if phase quotes; then
  # QUOTES_THINK="0 5" measures the 16 connections twice: without pause (saturation, the closed loop keeps both cores
  # busy) and with each connection pausing 5 ms after every answer, a client population with think time.
  for think in ${QUOTES_THINK:-0 5}; do
    echo "== quote API: wrk -t2 --latency, 16 connections, ${WRK_SECS}s, 3-item cart CN -> FI, think time ${think} ms"
    jfr_start
    cpu_mark
    THINK_MS=$think quotes_load "$WRK_SECS" >"$WORK/quotes.out"
    grep -E "requests in|Requests/sec|Non-2xx|Socket errors|other than 201|^ +(50|90|99)%|Latency " "$WORK/quotes.out"
    cpu_per "$(grep -o '[0-9]* requests in' "$WORK/quotes.out" | cut -d' ' -f1)" quote
    jfr_stop "quotes-think$think"
  done
fi

echo "== baseline again: pgbench -b simple-update, 32 clients, ${SECS}s"
pgbench_run

if phase checkout; then
  echo "== summary of the whole checkout (medians of ${CHECKOUT_ROUNDS:-1} windows; target >= 0.25 x pgbench)"
  echo "orders/s: ${C_RATES[*]} -> $(median "${C_RATES[@]}"); ratio to pgbench just before: ${C_RATIOS[*]} -> $(median "${C_RATIOS[@]}")"
  echo "cpu per order (whole checkout): application $(median "${C_APP[@]}") ms + PostgreSQL $(median "${C_DB[@]}") ms"
  [ "$STATS" = 1 ] && echo "statements per order (whole checkout, pg_stat_statements, with BEGIN/COMMIT): ${C_STMTS[*]} -> $(median "${C_STMTS[@]}")"
  echo "review step (reviews alone, same buyers): application $R_APP ms + PostgreSQL $R_DB ms per review${R_STMTS:+, $R_STMTS statements}"
  if phase place; then
    echo "place step (placing alone, prepared reviews): application $(median "${P_APP[@]}") ms + PostgreSQL $(median "${P_DB[@]}") ms per order${P_STMTS:+, $(median "${P_STMTS[@]}") statements}"
    awk -v a="$(median "${C_APP[@]}")" -v d="$(median "${C_DB[@]}")" -v ra="$R_APP" -v rd="$R_DB" \
      -v pa="$(median "${P_APP[@]}")" -v pd="$(median "${P_DB[@]}")" 'BEGIN {
      printf "the rest (adding 1.25 lines on average, the outbox listener): application %.2f ms + PostgreSQL %.2f ms per order\n",
        a - ra - pa, d - rd - pd }'
  fi
fi
"${PSQL[@]}" -d postgres -t -c "select 'oversold stock rows at the end: ' || count(*) from catalog.stock
  where reserved > on_hand or on_hand - reserved < 0"
echo "uptime after: $(uptime)"
