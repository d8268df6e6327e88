#!/usr/bin/env bash
# Make sure a Chromium for the browser tests is on this machine (Debian's
# package; Playwright's own browser download does not work offline).
# Uses CHROME_PATH when set; otherwise installs Debian's chromium when missing.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "logbook tests: no Chromium found. Install Chromium and set CHROME_PATH=/path/to/chromium." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "logbook tests: no Chromium found. Run as root: apt-get install -y chromium (or set CHROME_PATH)." >&2
    exit 1
  fi
fi
echo "logbook tests: installing Debian's chromium for the browser tests…" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
