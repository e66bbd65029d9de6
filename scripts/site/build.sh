#!/usr/bin/env bash
# Builds the static site into dist/ (or $1): installs the page's npm
# packages when site/node_modules is missing or stale (exact versions from the
# committed package-lock.json), compiles the runtime to WebAssembly, copies
# Go's wasm_exec.js, and bundles everything with scripts/site/build.mjs.
# Works on a fresh clone; needs only go, node and npm.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/dist}
GO=${GO:-go}
cd "$root"

# Also when the lockfile changed since the last install (npm ci records
# what it installed in node_modules/.package-lock.json).
if [ ! -d site/node_modules ] || [ site/package-lock.json -nt site/node_modules/.package-lock.json ]; then
  echo "site: npm ci"
  (cd site && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "site: GOOS=js GOARCH=wasm $GO build ./wasm"
# Inlining is turned off: it cuts the download by about a fifth (the page
# must stay under 2 MiB gzip-compressed) for a modest cost in speed.
# The Green Tea collector (Go 1.26's default) is left out for the same
# reason: it adds some 12 KiB gzip-compressed of runtime code, and what it
# is for, scanning the heap on many cores, a single-threaded WebAssembly
# module never does. Nothing the runtime prints depends on the collector
# (no finalizers or weak references; only the heap probe calls runtime.GC).
# The library's Python sources go in without their comment lines
# (scripts/site/pystrip: 4 KiB less to download, same line numbers).
mkdir "$tmp/py"
"$GO" run ./scripts/site/pystrip -out "$tmp/py" -overlay "$tmp/overlay.json" \
  $("$GO" list -f '{{range .EmbedFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}' ./runtime/... | grep '\.py$')
GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm "$GO" build -trimpath -gcflags='all=-l' \
  -overlay "$tmp/overlay.json" -ldflags='-s -w' -o "$tmp/aioplay.wasm" ./wasm

wasm_exec=$("$GO" env GOROOT)/lib/wasm/wasm_exec.js
[ -f "$wasm_exec" ] || wasm_exec=$("$GO" env GOROOT)/misc/wasm/wasm_exec.js

node scripts/site/build.mjs --site site --out "$out" --wasm "$tmp/aioplay.wasm" --wasm-exec "$wasm_exec"
