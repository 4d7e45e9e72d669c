# Readiness: the one entry point. `make site` builds the sample site; `make test` runs every test.

SWIFT ?= swift
OUTPUT ?= _site
APT_PACKAGES = libcmark-dev pkg-config

.PHONY: site test build deps lint bench clean help

help:
	@echo "make site   install what is missing, build, and render the sample data into $(OUTPUT)/"
	@echo "make test   build and run every test"
	@echo "make lint   check formatting with swift format"
	@echo "make bench  time the sample site's build (see docs/performance.md)"
	@echo "make clean  remove build products and $(OUTPUT)/"

# libcmark (Debian's libcmark-dev) is found through pkg-config. Install it when we can;
# otherwise say exactly what to run.
deps:
	@if pkg-config --exists libcmark 2>/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) ..."; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	else \
		echo "Readiness needs libcmark and pkg-config. Install them with:"; \
		echo "  sudo apt-get install -y $(APT_PACKAGES)"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build -c release

site: build
	./.build/release/readiness build --data data --templates site-templates --output $(OUTPUT)
	@echo "The site is in $(OUTPUT)/: open $(OUTPUT)/index.html in a browser."

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	./Tests/Bench/bench.sh

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(OUTPUT)
