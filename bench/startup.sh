#!/usr/bin/env bash
# Start-up time and idle resident memory of the packaged jar, on a fresh and on an existing data directory.
# Usage: bench/startup.sh [runs]   (default 5). Prints a Markdown table; medians over the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-home.sh
RUNS=${1:-5}
JAR=target/twinport.jar
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
PORT=18080
OUT=$(mktemp -d /tmp/twinport-bench.XXXXXX)

now_ms() { date +%s%3N; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# Proportional set size of the embedded server's processes: shared buffers counted once, not once per backend.
postgres_pss_kb() {
  local total=0 postmaster pid
  postmaster=$(head -1 "$1/postmaster.pid" 2>/dev/null || echo "")
  [ -n "$postmaster" ] || { echo 0; return; }
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One start: prints "<ms to healthy> <java rss kB after 10 s idle> <postgres rss kB>"
one_start() {
  local home=$1 log=$2 start pid ms
  start=$(now_ms)
  TWINPORT_HOME=$home TWINPORT_ADMIN_PASSWORD=bench-only-password-1 java -jar "$JAR" --server.port=$PORT >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "jar died; see $log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( $(now_ms) - start ))
  sleep 10
  echo "$ms $(rss_kb $pid) $(postgres_pss_kb "$home/postgres")"
  kill -TERM $pid; wait $pid 2>/dev/null || true
}

# Machine-speed baseline in the same run: a bare JVM start and exit.
jvm_ms=()
for i in $(seq "$RUNS"); do s=$(now_ms); java -version >/dev/null 2>&1; jvm_ms+=($(( $(now_ms) - s ))); done

fresh=(); fresh_rss=(); pg_rss=(); again=()
for i in $(seq "$RUNS"); do
  home="$OUT/home-$i"
  read -r ms rss pg < <(one_start "$home" "$OUT/fresh-$i.log")
  fresh+=("$ms"); fresh_rss+=("$rss"); pg_rss+=("$pg")
  read -r ms _ _ < <(one_start "$home" "$OUT/again-$i.log")
  again+=("$ms")
done

m_jvm=$(printf '%s\n' "${jvm_ms[@]}" | median)
m_fresh=$(printf '%s\n' "${fresh[@]}" | median)
m_again=$(printf '%s\n' "${again[@]}" | median)
m_rss=$(printf '%s\n' "${fresh_rss[@]}" | median)
m_pg=$(printf '%s\n' "${pg_rss[@]}" | median)

echo "| measure | median of $RUNS | runs |"
echo "|---|---|---|"
echo "| bare JVM start+exit (baseline) | ${m_jvm} ms | ${jvm_ms[*]} |"
echo "| start to healthy, fresh data directory (initdb, migrations, demo data) | ${m_fresh} ms | ${fresh[*]} |"
echo "| start to healthy, existing data directory | ${m_again} ms | ${again[*]} |"
echo "| idle resident memory, Java process (10 s after healthy) | $((m_rss / 1024)) MiB | $(printf '%s ' "${fresh_rss[@]}") kB |"
echo "| idle memory (PSS), embedded PostgreSQL processes | $((m_pg / 1024)) MiB | $(printf '%s ' "${pg_rss[@]}") kB |"
echo
echo "ratio fresh start / bare JVM: $(awk "BEGIN {printf \"%.1f\", $m_fresh / $m_jvm}")x;" \
  "vs Shopizer's 31 s anchor: $(awk "BEGIN {printf \"%.1f\", 31000 / $m_fresh}")x faster"
rm -rf "$OUT"
