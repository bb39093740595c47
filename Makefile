# CutBook's two commands: `make report` and `make test`. Both first install the Debian packages
# that are missing (see scripts/install-deps.sh), then use one shared release build.

SWIFT ?= swift
BUILD_FLAGS = -c release
CUTBOOK = .build/release/cutbook

.PHONY: deps build test report gallery lint format clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product cutbook

test: deps
	$(SWIFT) build $(BUILD_FLAGS) --build-tests
	$(SWIFT) test $(BUILD_FLAGS) --skip-build

report: build
	$(CUTBOOK) --version

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf build .cutbook-cache
