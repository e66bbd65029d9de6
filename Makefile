# aioplay: see README.md. Every target installs what it needs.
SHELL := /bin/bash
GO ?= go
SHARED ?= ../shared
BIN := bin/aioplay

.PHONY: all build test gotest conform fuzz site serve bench vet fmtcheck clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/aioplay

# The project's whole test suite: formatting, vet, unit and golden tests,
# the conformance corpora (ours, and ../shared's when present, as a ratchet
# against a committed list of known failures), a short fuzz of every target.
test: fmtcheck vet gotest conform fuzz e2e
	@echo "make test: all green"

fmtcheck:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

gotest:
	$(GO) test -count=1 ./...

conform: build
	bash scripts/conform.sh $(BIN) $(SHARED)

fuzz:
	bash scripts/fuzz.sh 10s

# Benchmarks against CPython 3.11, measured side by side in one run.
bench: build
	python3 scripts/bench.py --cli $(BIN) --shared $(SHARED)

clean:
	rm -rf bin dist

# The static site (site/, the wasm/ bridge, the gallery) built into dist/:
# npm ci when site/node_modules is missing, the WebAssembly runtime, hashed
# assets, the service worker. Prints the wasm's raw and gzip sizes.
site:
	GO=$(GO) bash scripts/site/build.sh dist

# Builds the site and serves dist/ at http://127.0.0.1:8080 (works offline).
serve: site
	$(GO) run ./scripts/site/serve -addr 127.0.0.1:8080 -dir dist

# Browser tests (e2e/, chromedp with Debian's chromium, installed when
# missing) against the built site, on a free loopback port.
.PHONY: e2e
e2e: site
	GO=$(GO) bash scripts/site/e2e.sh dist
