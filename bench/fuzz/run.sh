#!/usr/bin/env bash
# OpenAPI-driven fuzzing of the API with every role (issue 14): portman turns /v3/api-docs into a Postman
# collection with contract tests and fuzzing variations, newman sends it anonymously and with each role's token,
# and the counts by status class, every 5xx (with its root cause from the app log) and other suspicious answers
# go to stdout and bench/out/fuzz-<timestamp>.md. Targets only 127.0.0.1, on a fresh TWINPORT_HOME.
# Usage: bench/fuzz/run.sh          PORT (default 18090), KEEP=1 keeps the data directory,
#                                   COLLECTION=<file> replays a collection of an earlier run instead of generating one.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FUZZ=bench/fuzz
PORT=${PORT:-18090}
BASE=http://127.0.0.1:$PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUN=$ROOT/bench/out/fuzz-$STAMP
REPORT=$ROOT/bench/out/fuzz-$STAMP.md
# Anonymous and read-mostly roles first: ADMIN's fuzzing may delete or change what the others would read.
ROLES=(ANONYMOUS BUYER PARTNER_OFFICE MERCHANT ADMIN)
declare -A USERNAME=([BUYER]=buyer.demo [PARTNER_OFFICE]=office.coventry [MERCHANT]=merchant.jinan-tea [ADMIN]=admin)
declare -A PASSWORD=() TOKEN=()
NEWMAN_SECONDS=${NEWMAN_SECONDS:-900}
mkdir -p "$RUN"
: >"$RUN/notes.txt"

# --- tools
if [ ! -x "$FUZZ/node_modules/.bin/portman" ] || [ ! -x "$FUZZ/node_modules/.bin/newman" ]; then
  npm ci --prefix "$FUZZ" --no-audit --no-fund
fi
source bin/java-home.sh
JAR=${JAR:-target/twinport.jar}   # another build may be named, for example a copy taken before a rebuild
[ -f "$JAR" ] || ./mvnw -q -B -ntp package -DskipTests

# --- the application, on a fresh home
if curl -s -o /dev/null "$BASE/actuator/health"; then
  echo "Something already answers on $BASE; choose another PORT." >&2
  exit 1
fi
APP_HOME=$(mktemp -d /tmp/twinport-fuzz.XXXXXX)
PASSWORD[ADMIN]=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
TWINPORT_HOME=$APP_HOME TWINPORT_ADMIN_PASSWORD=${PASSWORD[ADMIN]} \
  java -Xms1g -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$RUN/app.log" 2>&1 &
APP_PID=$!

stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    for _ in $(seq 90); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -KILL "$APP_PID"
      # The embedded PostgreSQL outlives a killed JVM: stop the postmaster this run started.
      local postmaster
      postmaster=$(head -1 "$APP_HOME/postgres/postmaster.pid" 2>/dev/null || true)
      [ -n "$postmaster" ] && kill -TERM "$postmaster" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "Data directory kept: $APP_HOME" >&2; else rm -rf "$APP_HOME"; fi
}
trap stop_app EXIT

echo "Starting $JAR on $BASE (log: $RUN/app.log)" >&2
for i in $(seq 240); do
  curl -sf -o /dev/null "$BASE/actuator/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The application stopped; see $RUN/app.log" >&2; exit 1; }
  [ "$i" = 240 ] && { echo "Not healthy after 240 s; see $RUN/app.log" >&2; exit 1; }
  sleep 1
done
# The demo samples (catalog, statistics, matchmaking, orders) load in the background after start-up.
for _ in $(seq 180); do
  grep -qE 'sample marketplace orders|Loading the demo samples failed' "$RUN/app.log" && break
  sleep 1
done
sleep 3

# --- a token for every role, all before any fuzzing (the sign-in throttle counts failures per username)
while read -r user password; do
  for role in "${!USERNAME[@]}"; do
    [ "${USERNAME[$role]}" = "$user" ] && PASSWORD[$role]=$password
  done
done < <(awk '/Demo accounts, with passwords shown only this once/ {on = 1; next}
              on && /^ +[a-z.-]+ +[^ ]+$/ {print $1, $2; next}
              on {exit}' "$RUN/app.log")

issue_token() {
  local role=$1 answer
  answer=$(curl -s -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"${USERNAME[$role]}\",\"password\":\"${PASSWORD[$role]:-}\",\"name\":\"fuzz $role\"}")
  node -e 'const t = JSON.parse(process.argv[1]).token; if (!t) process.exit(1); console.log(t)' "$answer" ||
    { echo "No token for $role (${USERNAME[$role]}): $answer" >&2; exit 1; }
}
# The known-ids pass revokes token 1 as each role: let it be a spare of ADMIN's, who runs last.
issue_token ADMIN >/dev/null
for role in "${ROLES[@]}"; do
  [ "$role" = ANONYMOUS ] || TOKEN[$role]=$(issue_token "$role")
done

# --- the collection: four passes over the document.
#   documented: required parameters only, values made up from the schemas, and portman's fuzzing variations;
#   all-params: every optional parameter too, with the fuzzing variations;
#   known-ids:  path variables set to ids and codes of the demo data (known-ids.json) and valid bodies where
#               seeds.json has one, so requests get past validation to real rows;
#   mutations:  the known-ids requests again, one hostile value at a time in each body field, query parameter and
#               path variable (mutate.js: NUL characters, year +999999999, Long.MAX_VALUE, 1E+308, null, ...).
curl -sf "$BASE/v3/api-docs" -o "$RUN/api-docs.json"
if [ -n "${COLLECTION:-}" ]; then
  cp "$COLLECTION" "$RUN/collection.json"
else
  mkdir -p "$RUN/portman"
  node -e '
    const [base, ids, out] = process.argv.slice(1);
    const config = JSON.parse(require("fs").readFileSync(base, "utf8"));
    const overwrites = [{ openApiOperation: "*::/*", ...JSON.parse(require("fs").readFileSync(ids, "utf8")) }];
    config.overwrites = overwrites;
    for (const target of config.tests.variationTests) for (const v of target.variations) v.overwrites = overwrites;
    require("fs").writeFileSync(out, JSON.stringify(config, null, 2));
  ' "$FUZZ/portman-config.json" "$FUZZ/known-ids.json" "$RUN/portman/portman-config-known-ids.json"
  for pass in documented all-params known-ids; do
    config=$ROOT/$FUZZ/portman-config.json
    postman=$ROOT/$FUZZ/postman-config.json
    [ "$pass" = all-params ] && postman=$ROOT/$FUZZ/postman-config-all-params.json
    [ "$pass" = known-ids ] && config=$RUN/portman/portman-config-known-ids.json
    # portman keeps working files under its current directory: run it inside the run's folder.
    (cd "$RUN/portman" && "$ROOT/$FUZZ/node_modules/.bin/portman" -l "$RUN/api-docs.json" -b "$BASE" \
      -c "$config" -s "$postman" -o "$RUN/portman/$pass.json" >"$RUN/portman/$pass.log" 2>&1) ||
      { echo "portman failed for $pass; see $RUN/portman/$pass.log" >&2; exit 1; }
  done
  node "$FUZZ/seed.js" "$RUN/portman/known-ids.json" "$FUZZ/seeds.json" 2>"$RUN/portman/seeds.log"
  node "$FUZZ/mutate.js" "$RUN/portman/known-ids.json" "$RUN/portman/mutations.json" 2>"$RUN/portman/mutations.log"
  node -e '
    const fs = require("fs");
    const [out, ...passes] = process.argv.slice(1);
    const parts = passes.map((p) => [p.replace(/^.*\/|\.json$/g, ""), JSON.parse(fs.readFileSync(p, "utf8"))]);
    const combined = parts[0][1];
    combined.info.name = "Twinport fuzz";
    combined.item = parts.map(([name, c]) => ({ name, item: c.item }));
    fs.writeFileSync(out, JSON.stringify(combined));
  ' "$RUN/collection.json" "$RUN/portman/documented.json" "$RUN/portman/all-params.json" "$RUN/portman/known-ids.json" \
    "$RUN/portman/mutations.json"
fi

token_works() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" "$BASE/api/v1/auth/tokens")" = 200 ]
}

# --- newman, once per role
for role in "${ROLES[@]}"; do
  token=${TOKEN[$role]:-}
  if [ -n "$token" ] && ! token_works "$token"; then
    echo "$role's token no longer worked before its run (revoked by an earlier run?); issued a new one." >>"$RUN/notes.txt"
    token=$(issue_token "$role")
  fi
  echo "newman as $role" >&2
  timeout "$NEWMAN_SECONDS" "$FUZZ/node_modules/.bin/newman" run "$RUN/collection.json" \
    --env-var "baseUrl=$BASE" --env-var "bearerToken=$token" \
    --ignore-redirects --timeout-request 30000 --suppress-exit-code \
    --reporters json --reporter-json-export "$RUN/newman-$role.json" >"$RUN/newman-$role.log" 2>&1 ||
    echo "newman as $role did not finish within $NEWMAN_SECONDS s (exit $?)." >>"$RUN/notes.txt"
  if [ -n "$token" ] && ! token_works "$token"; then
    echo "$role's token stopped working during its own run (DELETE /api/v1/auth/tokens/{id} revoked it?): the requests after that answered as anonymous." >>"$RUN/notes.txt"
  fi
done

{
  echo "# Fuzz run $STAMP"
  echo
  echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'), $(nproc) cores," \
    "load $(cut -d' ' -f1-3 /proc/loadavg). Collection: $(basename "$RUN")/collection.json; newman reports: $(basename "$RUN")/newman-<role>.json.gz."
  echo
  node "$FUZZ/summarise.js" "$RUN" "${ROLES[@]}"
} | tee "$REPORT"
gzip -f "$RUN"/newman-*.json
echo "Report: $REPORT; reports, collection and app log: $RUN" >&2
