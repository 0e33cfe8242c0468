#!/usr/bin/env bash
# Where a JFR recording's CPU samples went: the top frames (the method running when sampled) and the methods most
# often on the stack at all (inclusive, each counted once per sample), of the request threads only.
# Usage: bench/pages/top-frames.sh recording.jfr [how many lines, default 20]
set -euo pipefail
N=${2:-20}
jfr print --events jdk.ExecutionSample --stack-depth 200 "$1" | awk -v n="$N" '
  /sampledThread = / { keep = ($0 ~ /http-nio/); next }
  /stackTrace = \[/ { if (keep) { inside = 1; depth = 0; samples++; delete seen }; next }
  inside && /^[ \t]*\]/ { inside = 0; next }
  inside {
    line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*$/, "", line); sub(/\(.*$/, "", line)
    if (line == "...") next
    if (depth == 0) self[line]++
    depth++
    if (!(line in seen)) { seen[line] = 1; incl[line]++ }
  }
  END {
    printf "request-thread samples: %d\n-- self (top frame)\n", samples
    for (m in self) printf "%6.1f%% %s\n", 100 * self[m] / samples, m | "sort -rn | head -" n
    close("sort -rn | head -" n)
    printf "-- inclusive (on the stack), org.twinport / org.thymeleaf / spring / tomcat / jdbc / jackson\n"
    for (m in incl) if (m ~ /^(org\.twinport|org\.thymeleaf|org\.springframework|org\.apache|com\.zaxxer|org\.postgresql|tools\.jackson|com\.fasterxml|org\.attoparser|java\.)/)
      printf "%6.1f%% %s\n", 100 * incl[m] / samples, m | "sort -rn | head -" 2*n
  }'
