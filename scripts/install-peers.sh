#!/usr/bin/env bash
# Installs the two extraction peers that `storyline eval extraction` runs beside Storyline:
#   readability-lxml   Debian package python3-readability (system Python 3)
#   Mozilla Readability npm @mozilla/readability with jsdom, into .peers/node (git-ignored)
# Idempotent; each peer that cannot be installed is reported and skipped (the eval then says so).
set -uo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if /usr/bin/python3 -c 'import readability' 2>/dev/null; then
  echo "install-peers: readability-lxml already installed"
elif command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-readability >/dev/null \
    && echo "install-peers: installed python3-readability" \
    || echo "install-peers: could not install python3-readability; readability-lxml will be skipped" >&2
else
  echo "install-peers: apt-get with root is needed for python3-readability; readability-lxml will be skipped" >&2
fi

if command -v npm >/dev/null 2>&1; then
  mkdir -p .peers/node
  if [ -d .peers/node/node_modules/@mozilla/readability ] && [ -d .peers/node/node_modules/jsdom ]; then
    echo "install-peers: Mozilla Readability already installed"
  else
    (cd .peers/node && npm install --silent --no-audit --no-fund --prefix . @mozilla/readability@0.6.0 jsdom@26.1.0 >/dev/null) \
      && echo "install-peers: installed @mozilla/readability and jsdom into .peers/node" \
      || echo "install-peers: npm install failed; Mozilla Readability will be skipped" >&2
  fi
else
  echo "install-peers: npm not found; Mozilla Readability will be skipped" >&2
fi
