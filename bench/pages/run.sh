#!/usr/bin/env bash
# The buyer's pages against the JSON API that serves the same data, in the same server start, for two jars started
# one after the other on the demo data, alternating ROUNDS times. Each pair: the page, then its API, 16 connections,
# SECONDS_PER s windows after a warm-up, every request a different line of a list (bench/pages/cycle.lua):
#   market         /marketplace?market&sort            vs GET /api/v1/catalog/search?market&sort&lang&size=24
#   market-q       /marketplace?q&market&sort          vs the search API with the same q, market and sort
#   market-facets  /marketplace?category|origin|merchantCountry|price&market  vs the search API, same filters
#   product        /marketplace/products/{id}?market   vs GET /api/v1/catalog/products/{id} (an admin's token)
#   cart           /cart, 8 signed-in buyers (session cookie)   vs GET /api/v1/cart, the same buyers (bearer tokens)
#   network        /network?status&continent&page      vs GET /api/v1/network/partnerships, same filters
#   home           /                                   vs GET /api/v1/network/summary (the home page's figures)
# Reports per window requests per second, p99, the application's CPU per request and PostgreSQL's (from /proc), and
# per pair the ratio of the page's application CPU to the API's.
# Usage: BASE=/path/base.jar bench/pages/run.sh [jar] [rounds]
#   PAIRS="market cart"  only these pairs;  ONLY=this  only the jar (no BASE needed);  SECONDS_PER=15  WARM=5
#   PROFILE=1  a JFR recording of each window, its top frames printed after it (bench/pages/top-frames.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bin/java-home.sh
JAR=${1:-target/twinport.jar}
ROUNDS=${2:-2}
ONLY=${ONLY:-}
[ -n "$ONLY" ] || BASE=${BASE:?name the baseline jar in BASE= (or ONLY=this)}
PORT=${PORT:-18090}
SECONDS_PER=${SECONDS_PER:-15}
WARM=${WARM:-5}
PAIRS=${PAIRS:-market market-q market-facets product cart network home}
HZ=$(getconf CLK_TCK)
OUT=$(mktemp -d /tmp/twinport-pages-run.XXXXXX)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work directory: $OUT"
URL="http://127.0.0.1:$PORT"
PID=
HOME_DIR=
# A failed step must not leave the server running (it would hold the caller's flock and the port).
trap '[ -z "$PID" ] || { kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; }; [ -z "$HOME_DIR" ] || rm -rf "$HOME_DIR"' EXIT

ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }

# The request lists, built once from the first start's demo data (same ids in every start: the demo loads the same).
lists() {
  local markets sorts terms m s t
  # the markets the page offers (its "Deliver to" list), at most eight
  markets=$(curl -s "$URL/marketplace" | grep -o '<option value="[A-Z][A-Z]"' | cut -d'"' -f2 | sort -u | head -8)
  sorts="RELEVANCE PRICE_ASC PRICE_DESC NEWEST"
  terms="tea cup pot rose green black silk bowl porcelain honey coffee wool"
  : >"$OUT/market.page"; : >"$OUT/market.api"; : >"$OUT/market-q.page"; : >"$OUT/market-q.api"
  : >"$OUT/market-facets.page"; : >"$OUT/market-facets.api"; : >"$OUT/product.page"; : >"$OUT/product.api"
  for m in $markets; do
    for s in $sorts; do
      echo "/marketplace?market=$m&sort=$s" >>"$OUT/market.page"
      echo "/api/v1/catalog/search?market=$m&sort=$s&lang=en&size=24" >>"$OUT/market.api"
      for t in $terms; do
        echo "/marketplace?q=$t&market=$m&sort=$s" >>"$OUT/market-q.page"
        echo "/api/v1/catalog/search?q=$t&market=$m&sort=$s&lang=en&size=24" >>"$OUT/market-q.api"
      done
    done
    # Every facet value the market's unfiltered result offers, one filter at a time.
    curl -s "$URL/api/v1/catalog/search?market=$m&lang=en&size=1" \
      | jq -r '.facets | to_entries[] | .key as $k | .value[] | "\($k)=\(.value | @uri)"' | while read -r f; do
        echo "/marketplace?market=$m&$f" >>"$OUT/market-facets.page"
        # the page's price facet "10-20" is the API's minPrice/maxPrice
        if [[ $f == price=* ]]; then
          local lo=${f#price=}; lo=${lo%%-*}; local hi=${f##*-}
          echo "/api/v1/catalog/search?market=$m&lang=en&size=24&minPrice=$lo${hi:+&maxPrice=$hi}" >>"$OUT/market-facets.api"
        else
          echo "/api/v1/catalog/search?market=$m&$f&lang=en&size=24" >>"$OUT/market-facets.api"
        fi
      done
  done
  # Products: every one the search finds in the first markets, on the market it was found in.
  for m in $(echo "$markets" | head -4); do
    curl -s "$URL/api/v1/catalog/search?market=$m&lang=en&size=100" | jq -r '.hits[].productId' | sort -u | while read -r id; do
      echo "/marketplace/products/$id?market=$m" >>"$OUT/product.page"
      echo "/api/v1/catalog/products/$id	Authorization	Bearer $ADMIN_TOKEN" >>"$OUT/product.api"
    done
  done
  : >"$OUT/network.page"; : >"$OUT/network.api"
  for st in "" ACTIVE DORMANT; do
    for c in "" EUROPE ASIA AFRICA; do
      for p in 0 1; do
        echo "/network?page=$p${st:+&status=$st}${c:+&continent=$c}" >>"$OUT/network.page"
        echo "/api/v1/network/partnerships?lang=en&size=50&page=$p${st:+&status=$st}${c:+&continent=$c}" >>"$OUT/network.api"
      done
    done
  done
  printf '/\n/?lang=en\n' >"$OUT/home.page"
  printf '/api/v1/network/summary?lang=en\n/api/v1/network/summary\n' >"$OUT/home.api"
  wc -l "$OUT"/*.page "$OUT"/*.api | sed 's/^/  requests listed: /'
}

# Eight buyers, each with a cart of up to three lines in Finland: a session cookie for the page, a token for the API.
# Their password is the admin's (its hash copied), so that signing in needs no hash made here. Redone per start.
buyers() { # $1 = home
  local psql=(psql -q -X -At -h 127.0.0.1 -p "$(sed -n 4p "$1/postgres/postmaster.pid")" -U postgres -d postgres)
  local tokens variants i token jar csrf
  tokens=$("${psql[@]}" -c "
    with t as (select i, 'tp_pages_' || i || '_' || md5(random()::text || clock_timestamp()::text) as token
               from generate_series(1, 8) i),
    a as (insert into identity.account (username, password_hash, role, display_name)
          select 'pages.buyer.' || i, (select password_hash from identity.account where username = 'admin'), 'BUYER',
                 'Pages buyer ' || i from t returning id, username),
    k as (insert into identity.api_token (account_id, name, token_hash, token_prefix)
          select a.id, 'bench', sha256(convert_to(t.token, 'UTF8')), substr(t.token, 1, 8)
          from a join t on a.username = 'pages.buyer.' || t.i)
    select token from t order by i")
  variants=$(for id in $(cut -d'?' -f1 "$OUT/product.page" | grep -o '[0-9]*$' | head -12); do
    curl -s -H "Authorization: Bearer $ADMIN_TOKEN" "$URL/api/v1/catalog/products/$id" | jq -r '.variants[0].id'; done)
  : >"$OUT/cart.page"; : >"$OUT/cart.api"
  i=0
  for token in $tokens; do
    i=$((i + 1))
    curl -s -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"market":"FI","currency":"EUR"}' "$URL/api/v1/cart"
    for v in $(echo "$variants" | shuf -n 3); do
      curl -s -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"variantId\":$v,\"quantity\":$((RANDOM % 3 + 1))}" "$URL/api/v1/cart/lines"
    done
    jar="$OUT/jar.$i"; rm -f "$jar"
    csrf=$(curl -s -c "$jar" -b "$jar" "$URL/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=pages.buyer.$i" \
      --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$URL/login"
    local session
    session=$(awk '$6 == "SESSION" {print $7}' "$jar")
    [ -n "$session" ] || { echo "buyer $i could not sign in" >&2; exit 1; }
    [[ $(curl -s "$URL/cart" -H "Cookie: SESSION=$session") == *'id="current-user"'* ]] \
      || { echo "buyer $i: /cart not signed in" >&2; exit 1; }
    printf '/cart\tCookie\tSESSION=%s\n' "$session" >>"$OUT/cart.page"
    printf '/api/v1/cart\tAuthorization\tBearer %s\n' "$token" >>"$OUT/cart.api"
  done
}

window() { # $1 = label, $2 = list file; prints "rps p99 app_ms db_ms" and a line of detail
  local out reqs rps p99 a0 d0 a1 d1 pg
  wrk -t2 -c16 -d"${WARM}s" -s bench/pages/cycle.lua "$URL" -- "$2" >/dev/null
  pg=$(sed -n 1p "$HOME_DIR/postgres/postmaster.pid")
  [ -n "${PROFILE:-}" ] && jcmd "$PID" JFR.start name=w settings=profile >/dev/null
  a0=$(ticks "$PID"); d0=$(ticks "$pg" $(pgrep -P "$pg"))
  out=$(wrk -t2 -c16 -d"${SECONDS_PER}s" --latency -s bench/pages/cycle.lua "$URL" -- "$2")
  a1=$(ticks "$PID"); d1=$(ticks "$pg" $(pgrep -P "$pg"))
  if [ -n "${PROFILE:-}" ]; then
    jcmd "$PID" JFR.stop name=w filename="$OUT/$1.jfr" >/dev/null
    bench/pages/top-frames.sh "$OUT/$1.jfr" >"$OUT/$1.frames" 2>&1 || true
  fi
  # A window that served (almost) nothing says why: wrk's socket errors (connect, read, timeout).
  if [[ $out == *"Socket errors"* ]]; then echo "$1: $(grep 'Socket errors' <<<"$out")" >&2; fi
  if [[ $out == *Non-2xx* ]]; then echo "$1: answers other than 2xx/3xx: $(grep 'Non-2xx' <<<"$out")" >&2; fi
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  awk -v r="$rps" -v p="$p99" -v a=$((a1 - a0)) -v d=$((d1 - d0)) -v n="$reqs" -v hz="$HZ" \
    'BEGIN { printf "%s %s %.2f %.2f\n", r, p, a * 1000 / hz / n, d * 1000 / hz / n }'
}

measure() { # jar label
  HOME_DIR=$(mktemp -d /tmp/twinport-pages.XXXXXX)
  ADMIN_PASSWORD="pages-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
  TWINPORT_HOME="$HOME_DIR" TWINPORT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xms1g -Xmx1g -jar "$1" --server.port="$PORT" --server.address=127.0.0.1 >"$HOME_DIR/log" 2>&1 &
  PID=$!
  until curl -sf "$URL/actuator/health" >/dev/null 2>&1; do kill -0 "$PID" || exit 1; sleep 0.3; done
  until [[ $(curl -s "$URL/marketplace?q=tea") == *product-card* ]]; do sleep 1; done
  # The demo samples load in the background after start: let them finish (at most two minutes).
  for _ in $(seq 1 120); do grep -q "Loaded the sample matchmaking data" "$HOME_DIR/log" && break; sleep 1; done
  ADMIN_TOKEN=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\",\"name\":\"pages\"}" \
    "$URL/api/v1/auth/tokens" | jq -r .token)
  [ -s "$OUT/market.page" ] || lists
  sed -i "s/Bearer .*/Bearer $ADMIN_TOKEN/" "$OUT/product.api"
  [[ " $PAIRS " != *" cart "* ]] || buyers "$HOME_DIR"
  for pair in $PAIRS; do
    local page api
    page=$(window "$2-$pair-page" "$OUT/$pair.page")
    # A jar older than GET /api/v1/network/summary has no API for the home page: no ratio then.
    if [ "$pair" = home ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/v1/network/summary")" != 200 ]; then
      api="- - 0 0"
    else
      api=$(window "$2-$pair-api" "$OUT/$pair.api")
    fi
    read -r prps pp99 papp pdb <<<"$page"
    read -r arps ap99 aapp adb <<<"$api"
    printf '%-5s %-14s page %8s req/s p99 %8s app %6s ms db %5s ms | api %8s req/s p99 %8s app %6s ms db %5s ms | ratio %s\n' \
      "$2" "$pair" "$prps" "$pp99" "$papp" "$pdb" "$arps" "$ap99" "$aapp" "$adb" \
      "$(awk -v p="$papp" -v a="$aapp" 'BEGIN { printf "%.2f", (a > 0 ? p / a : 0) }')" | tee -a "$OUT/table"
    if [ -n "${PROFILE:-}" ]; then
      echo "--- top frames, $2 $pair page"; head -45 "$OUT/$2-$pair-page.frames"
      [ ! -f "$OUT/$2-$pair-api.frames" ] || { echo "--- top frames, $2 $pair api"; head -45 "$OUT/$2-$pair-api.frames"; }
    fi
  done
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true
  PID=
  rm -rf "$HOME_DIR"
  HOME_DIR=
}
for r in $(seq 1 "$ROUNDS"); do
  [ -n "$ONLY" ] || measure "$BASE" "base"
  measure "$JAR" "this"
done
echo "=== all windows (app and db: CPU ms per request; ratio: page app CPU / API app CPU)"
sort -s -k2,2 "$OUT/table"
