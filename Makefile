# Front door. `make demo` and `make test` are the two commands in README.md; both install what
# is missing first (scripts/install-deps), so they work on a fresh Debian 12 machine.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: demo test build deps clean sanitize

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/ascreport validate --data data-samples
	@mkdir -p out
	$(BUILD)/ascreport report --data data-samples --year 2023/24 --out out/annual-report-2023-24.pdf

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) out
