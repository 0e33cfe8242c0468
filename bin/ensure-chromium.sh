#!/usr/bin/env bash
# Makes sure a Chromium for the headless browser tests is installed (Debian's package, no browser downloads).
set -u
if [ -n "${TWINPORT_CHROMIUM:-}" ] && [ -x "$TWINPORT_CHROMIUM" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "WARNING: no Chromium found. Install it (Debian: apt-get install chromium) or set TWINPORT_CHROMIUM;" \
  "the browser tests will fail without it." >&2
exit 0
