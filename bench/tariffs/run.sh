#!/usr/bin/env bash
# Duty from national tariff lines (issue 15): in-process quotes with every schedule indexed against the
# same cart on main's code, the heap the indexed schedules take, and reading/indexing time per file.
# JMH gives quotes per wall-clock second; on a shared machine it also counts quotes per CPU-second of the quoting
# thread, which is quotes per second of one core whatever the neighbours do.
# Usage: bench/tariffs/run.sh [rounds (3)] [baseline commit (main)]
# Writes target/tariffs-bench/ (JMH text per round) and prints a summary (median of the rounds).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
BASE=${2:-main}
OUT=target/tariffs-bench
mkdir -p "$OUT"
source bin/java-home.sh

echo "== machine: $(nproc) CPUs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# Main's code on the same cart, built in a scratch export (not a worktree): it has no schedules.
BASE_SHA=$(git rev-parse "$BASE")
BASE_DIR=/tmp/twinport-bench-base-$BASE_SHA
BASE_SRC="$BASE_DIR/src/test/java/org/twinport/pricing/internal/MainTariffCartBenchmark.java"
if [ ! -d "$BASE_DIR/src" ]; then
  mkdir -p "$BASE_DIR" && git archive "$BASE_SHA" | tar -x -C "$BASE_DIR"
fi
if ! cmp -s bench/tariffs/MainTariffCartBenchmark.java "$BASE_SRC" || [ ! -f "$BASE_DIR/target/test-classpath.txt" ]; then
  cp bench/tariffs/MainTariffCartBenchmark.java "$BASE_SRC"
  (cd "$BASE_DIR" && ./mvnw -q -B -ntp test-compile && \
   ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null)
fi
BASE_CP="$BASE_DIR/target/test-classes:$BASE_DIR/target/classes:$(cat "$BASE_DIR/target/test-classpath.txt")"

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$BASE_CP" org.openjdk.jmh.Main 'MainTariffCartBenchmark' -rf csv -rff "$OUT/main-$round.csv" >"$OUT/main-$round.txt"
  java -cp "$CP" org.openjdk.jmh.Main 'TariffQuoteBenchmark' -rf csv -rff "$OUT/branch-$round.csv" >"$OUT/branch-$round.txt"
  java -cp "$BASE_CP" org.twinport.pricing.internal.MainTariffCartBenchmark >"$OUT/cpu-main-$round.txt"
  java -cp "$CP" org.twinport.pricing.internal.TariffQuoteCpuTime >"$OUT/cpu-branch-$round.txt"
done

echo "== quotes per second, one thread, median of $ROUNDS rounds (each the mean of 5 × 1 s)"
python3 - "$OUT" "$ROUNDS" <<'PY'
import csv, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
runs = {}
for r in range(1, rounds + 1):
    for name in ("main", "branch"):
        with open(f"{out}/{name}-{r}.csv") as f:
            for row in csv.DictReader(f):
                dest = row["Param: destination"]
                variant = "main" if name == "main" else "branch, schedules " + row["Param: schedules"]
                runs.setdefault((dest, variant), []).append(float(row["Score"]))
dests = sorted({d for d, _ in runs})
variants = ["main", "branch, schedules none", "branch, schedules all"]
print("| destination | " + " | ".join(variants) + " | all / main |")
print("|---|" + "---:|" * (len(variants) + 1))
for d in dests:
    med = [statistics.median(runs[(d, v)]) for v in variants]
    print(f"| {d} | " + " | ".join(f"{m:,.0f}" for m in med) + f" | {med[2] / med[0]:.2f} |")
    print(f"<!-- {d} rounds: " + "; ".join(f"{v}: " + ", ".join(f'{x:,.0f}' for x in runs[(d, v)]) for v in variants) + " -->")
PY

echo "== quotes per CPU-second of the quoting thread (= per second of one core), median of $ROUNDS rounds"
python3 - "$OUT" "$ROUNDS" <<'PY'
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
runs = {}
for r in range(1, rounds + 1):
    for name in ("main", "branch"):
        for line in open(f"{out}/cpu-{name}-{r}.txt"):
            parts = line.split()
            if parts and parts[0] == "cpu":
                for variant, value in zip(parts[2::2], parts[3::2]):
                    key = "main" if variant == "main" else "branch, schedules " + variant
                    runs.setdefault((parts[1], key), []).append(float(value))
variants = ["main", "branch, schedules none", "branch, schedules all"]
print("| destination | " + " | ".join(variants) + " | all / main |")
print("|---|" + "---:|" * (len(variants) + 1))
for d in ["US", "FI", "GB", "JP", "AU"]:
    med = [statistics.median(runs[(d, v)]) for v in variants]
    print(f"| {d} | " + " | ".join(f"{m:,.0f}" for m in med) + f" | {med[2] / med[0]:.2f} |")
PY

echo "== heap taken by the five indexed schedules"
java -XX:+UseSerialGC -Xmx1g -cp "$CP" org.twinport.pricing.tariff.TariffHeapFootprint
