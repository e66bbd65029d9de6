#!/usr/bin/env bash
# A short fuzz of every fuzz target (go test -fuzz), seeded from each
# package's testdata corpus. Usage: scripts/fuzz.sh DURATION (e.g. 10s).
set -euo pipefail
d=${1:-10s}
cd "$(dirname "$0")/.."
for pkg in $(go list ./runtime/...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for t in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/func //' | sort -u); do
    echo "fuzz $pkg $t ($d)"
    go test -run=NONE -fuzz="^$t\$" -fuzztime="$d" "$pkg" >/tmp/aioplay-fuzz.log 2>&1 || { cat /tmp/aioplay-fuzz.log; exit 1; }
  done
done
