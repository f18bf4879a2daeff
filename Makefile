# The two commands in the README are `make serve` and `make test`. Each installs whatever is
# missing first (scripts/setup is pinned and idempotent).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c

# wasm-opt 132 from npm binaryen must come before any other wasm-opt on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup serve build test lint test-host test-wasm test-e2e bench schema clean

setup:
	@scripts/setup

## Build the release and serve it on http://127.0.0.1:8080 with the demo partnership.
serve: setup
	trunk serve --release --no-autoreload --offline

## Release build into dist/.
build: setup
	trunk build --release --offline

## Every test: formatting, lints (host and wasm32), host tests, browser component tests, end-to-end.
test: setup lint test-host test-wasm build test-e2e

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings

test-host:
	cargo test --workspace

test-wasm:
	cargo test -p referral-assistant --target wasm32-unknown-unknown --test components

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## Sizes, load timings, Lighthouse and the rules core's speed: target/bench/report.json.
bench: build
	node scripts/bench.mjs

clean:
	cargo clean
	rm -rf dist style/build
