# CutBook's two commands: `make report` and `make test`. Both first install the Debian packages
# that are missing (see scripts/install-deps.sh), then use one shared release build.

SWIFT ?= swift
BUILD_FLAGS = -c release
CUTBOOK = .build/release/cutbook
REPORT ?= workshop

.PHONY: deps build test report gallery lint format clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product cutbook

test: deps
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	$(SWIFT) test $(BUILD_FLAGS) --skip-build

# The workshop report: every study of the talk, into build/workshop/ (HTML site and PDF book).
# Its results are cached in .cutbook-cache/ here, the folder CI restores and saves (a plain
# `cutbook build reports/workshop` uses reports/workshop/.cutbook-cache/ and _build/ instead).
report: build
	$(CUTBOOK) build reports/$(REPORT) --out build/$(REPORT) --cache .cutbook-cache --format html,pdf

# One example of every figure kind, as PNG, SVG and PDF, into build/gallery/.
gallery: build
	$(CUTBOOK) gallery build/gallery

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf build .cutbook-cache reports/*/_build reports/*/.cutbook-cache
