#!/usr/bin/env bash
# Runs the browser tests (e2e/) against a built site (dist/ by default,
# built by `make site`). Installs Debian's Chromium when /usr/bin/chromium
# is missing (as root, with apt-get; no browser is ever downloaded any
# other way). The tests start their own server on a free loopback port.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
GO=${GO:-go}
cd "$root"
# Absolute: go test runs in e2e/.
dist=$(cd "${1:-dist}" && pwd)

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "e2e: installing chromium with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null \
      || echo "e2e: could not install chromium" >&2
  else
    echo "e2e: /usr/bin/chromium is missing and cannot be installed here (not root, or no apt-get)" >&2
  fi
fi

# -v so that the measurements and the ratchet's notes are printed; the
# "=== RUN" lines are only noise.
set +e
AIOPLAY_SITE_DIR=$dist "$GO" test -count=1 -v -timeout 20m ./e2e/ 2>&1 | grep --line-buffered -v '^=== \(RUN\|PAUSE\|CONT\)'
status=${PIPESTATUS[0]}
set -e
exit "$status"
