#!/usr/bin/env bash
# Runs the conformance corpora through the built CLI as a ratchet.
#   scripts/conform.sh BIN SHARED
# Each corpus directory has (or gets) a committed list of the cases known to
# fail, testdata/conformance/KNOWN_FAILING.<corpus>; the run fails when any
# case not on that list fails, and says which listed cases now pass so the
# list can shrink. The list only ever shrinks.
set -u
bin=$(realpath "$1"); shared=$2
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
run_corpus() {
  local dir=$1 name=$2
  local known="$root/testdata/conformance/KNOWN_FAILING.$name"
  local report
  report=$(python3 "$root/scripts/conform_report.py" --cli "$bin" --dir "$dir" --known "$known")
  local rc=$?
  echo "$report"
  [ $rc -eq 0 ] || status=1
}
run_corpus "$root/testdata/cases" project
if [ -d "$shared/conformance" ]; then
  run_corpus "$shared/conformance" shared
else
  echo "conformance: $shared/conformance not present, skipped"
fi
exit $status
