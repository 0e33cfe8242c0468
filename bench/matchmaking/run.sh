#!/usr/bin/env bash
# Matchmaking benchmarks, in process: the scheduler (CP-SAT vs greedy first-fit vs an upper bound, then a late change)
# and suggestions (all companies, one company, precision at 5).
# Usage: bench/matchmaking/run.sh [scheduler args] ; SIZE=small for a quick run.
#   scheduler args: participants requests days slotsPerDay tables maxPerParticipant seconds (default 2000 12000 2 16 400 16 45)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
./mvnw -q -B test-compile -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "== machine"; nproc; free -h; grep -m1 'model name' /proc/cpuinfo; uptime
SCHED=(2000 12000 2 16 400 16 45); COMPANIES=20000
if [ "${SIZE:-full}" = small ]; then SCHED=(300 1800 2 16 60 16 10); COMPANIES=2000; fi
if [ $# -gt 0 ]; then SCHED=("$@"); fi
echo "== scheduler"
timeout 300 "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.twinport.matchmaking.bench.MatchmakingBenchmark "${SCHED[@]}" 2>&1 | grep --line-buffered -v '^WARNING'
echo "== suggestions"
timeout 300 "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.twinport.matchmaking.bench.SuggestionsBenchmark "$COMPANIES" 2>&1 | grep --line-buffered -v '^WARNING'
