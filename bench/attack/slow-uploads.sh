#!/usr/bin/env bash
# Slow uploads against the packaged jar on 127.0.0.1 (issue 14, defect 2): CONNECTIONS (1000) connections from
# 127.0.0.2, each sending the headers of a POST and then a body byte every 2 s, replaced at up to RATE (200) per
# second when the server closes them, for DURATION (20) seconds; meanwhile health and a sign-in attempt from 127.0.0.1 every
# 200 ms, with their latencies. Usage: bench/attack/slow-uploads.sh   (PORT, JAR and BUILD as in start-jar.sh)
set -euo pipefail
source "$(dirname "$0")/start-jar.sh"
nice -n 10 java bench/attack/SlowUploads.java "$PORT" "${CONNECTIONS:-1000}" "${DURATION:-20}" \
  "${RATE:-200}"
