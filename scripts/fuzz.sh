#!/usr/bin/env bash
# A short fuzz of every fuzz target (go test -fuzz), seeded from each
# package's testdata corpus. Usage: scripts/fuzz.sh DURATION (e.g. 10s).
#
# Go's fuzzing coordinator has a race at the end of -fuzztime: it can fail
# a target with a bare "context deadline exceeded" although nothing
# crashed (it compares the deadline's context with its child before the
# child has been cancelled). A real finding always writes its input
# ("Failing input written to ..."), so only that bare failure is retried,
# at most twice. Minimizing a new input is capped at 2s: in a 10s run the
# workers otherwise spend most of the time minimizing, not fuzzing.
set -euo pipefail
d=${1:-10s}
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for pkg in $(go list ./runtime/...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for t in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/func //' | sort -u); do
    for try in 1 2 3; do
      echo "fuzz $pkg $t ($d)"
      if go test -run=NONE -fuzz="^$t\$" -fuzztime="$d" -fuzzminimizetime=2s "$pkg" >"$log" 2>&1; then
        break
      fi
      if [ "$try" -lt 3 ] && grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
        echo "fuzz: $t ended with the coordinator's deadline race (no failing input); running it again"
        continue
      fi
      cat "$log"
      exit 1
    done
  done
done
