#!/usr/bin/env bash
# Matchmaking benchmarks, in process: the scheduler (CP-SAT vs greedy first-fit vs an upper bound, then a late change)
# and suggestions (all companies, one company, precision at 5).
# Usage: bench/matchmaking/run.sh [scheduler args] ; SIZE=small for a quick run; PART=scheduler or PART=suggestions
# runs only one of the two.
#   scheduler args: participants requests days slotsPerDay tables maxPerParticipant seconds (default 2000 12000 2 16 400 16 45)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/java-home.sh
./mvnw -q -B test-compile -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
# A copy of the compiled classes, so that a rebuild in this tree during the run cannot change what runs.
SNAP=$(mktemp -d); trap 'rm -rf "$SNAP"' EXIT
cp -r target/classes "$SNAP/classes"; cp -r target/test-classes "$SNAP/test-classes"
CP="$SNAP/test-classes:$SNAP/classes:$(cat target/test-classpath.txt)"
echo "== machine"; nproc; free -h; grep -m1 'model name' /proc/cpuinfo; uptime
SCHED=(2000 12000 2 16 400 16 45); COMPANIES=20000
if [ "${SIZE:-full}" = small ]; then SCHED=(300 1800 2 16 60 16 10); COMPANIES=2000; fi
if [ $# -gt 0 ]; then SCHED=("$@"); fi
PART=${PART:-all}
if [ "$PART" != suggestions ]; then
echo "== scheduler"
timeout 300 "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.twinport.matchmaking.bench.MatchmakingBenchmark "${SCHED[@]}" 2>&1 | grep --line-buffered -v '^WARNING'
fi
if [ "$PART" != scheduler ]; then
echo "== suggestions"
timeout 300 "$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" org.twinport.matchmaking.bench.SuggestionsBenchmark "$COMPANIES" 2>&1 | grep --line-buffered -v '^WARNING'
fi
echo "== after"; uptime
