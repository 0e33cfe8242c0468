#!/usr/bin/env bash
# Password guessing against the packaged jar on 127.0.0.1 (issue 14, defect 3): 100 guesses for admin at once, and
# 120 attempts over 30 usernames from one address. Starts the jar on a fresh data directory, stops it afterwards.
# Usage: bench/attack/login-guesses.sh   (PORT, JAR and BUILD as in start-jar.sh)
set -euo pipefail
source "$(dirname "$0")/start-jar.sh"
java bench/attack/LoginGuesses.java "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD"
