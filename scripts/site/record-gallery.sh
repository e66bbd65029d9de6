#!/usr/bin/env bash
# Re-records the gallery's transcripts with CPython on the virtual clock:
# for each site/gallery/NN-slug.py, NN-slug.out (stdout+stderr merged) and
# NN-slug.rc, run with the flags in NN-slug.flags when present. Examples in
# site/gallery/PINNED keep their .out: CPython's own output there depends on
# memory addresses (sets of tasks), and the recorded one is the insertion
# order a deterministic runtime prints. It also fails on any example whose
# transcript differs between two runs, since the browser tests compare
# against these files.
#
# usage: scripts/site/record-gallery.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${1:-$root/../shared}
runner=$shared/tools/vclock_run.py
[ -f "$runner" ] || { echo "record-gallery: $runner not found" >&2; exit 1; }
cd "$root/site/gallery"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
status=0
for py in [0-9][0-9]-*.py; do
  n=${py%.py}
  flags=$(cat "$n.flags" 2>/dev/null || true)
  set +e
  python3 "$runner" $flags "$py" > "$tmp" 2>&1; rc=$?
  set -e
  echo "$rc" > "$n.rc"
  if grep -qx "$n" PINNED 2>/dev/null; then
    echo "$n: rc $rc (transcript pinned)"
    continue
  fi
  cp "$tmp" "$n.out"
  python3 "$runner" $flags "$py" > "$tmp" 2>&1 || true
  if ! cmp -s "$n.out" "$tmp"; then
    echo "$n: NOT DETERMINISTIC" >&2
    status=1
  fi
  echo "$n: rc $rc"
done
exit $status
