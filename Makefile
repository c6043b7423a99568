# Front door. `make demo` and `make test` are the two commands in README.md; both install what
# is missing first (scripts/install-deps), so they work on a fresh Debian 12 machine.
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
# Where `make install` puts bin/ascreport, share/ascreport/ (the report template, the sample data),
# share/man and share/bash-completion.
PREFIX ?= /usr/local
# A sanitizer report anywhere (the test binary or the ascreport it runs) stops that process
# with a failure, so ctest fails.
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: demo test build deps clean sanitize install package

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/ascreport validate --data data-samples
	@mkdir -p out
	$(BUILD)/ascreport report --data data-samples --year 2023/24 --out out/annual-report-2023-24.pdf \
	  --out out/annual-report-2023-24.html
	$(BUILD)/ascreport report --data data-samples --year 2023/24 --template children-annual-report \
	  --out out/children-annual-report-2023-24.pdf --out out/children-annual-report-2023-24.html
	$(BUILD)/ascreport report --data data-samples --year 2023/24 --template code-annual-report \
	  --out out/code-annual-report-2023-24.pdf --out out/code-annual-report-2023-24.html
	$(BUILD)/ascreport report --data data-samples --year 2023/24-Q4 --out out/quarterly-report-2023-24-Q4.pdf \
	  --out out/quarterly-report-2023-24-Q4.html

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Installs PREFIX/bin/ascreport, the report template and the sample data under
# PREFIX/share/ascreport/ (where the installed binary finds the template wherever it is run
# from), the manual pages and the bash completion: make install PREFIX=$$HOME/.local
install: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$(PREFIX)" >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target ascreport ascreport_docs
	cmake --install $(BUILD)

# The Debian package, $(BUILD)/ascreport_VERSION_ARCH.deb, with CPack (cmake/Packaging.cmake):
# the program, its template and sample data under /usr/share/ascreport, the manual pages and
# the bash completion. Needs no root (scripts/install-deps aside).
package: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target ascreport ascreport_docs
	cd $(BUILD) && cpack

# The whole project and its tests with AddressSanitizer + UndefinedBehaviorSanitizer, in its
# own folder. Debug (assertions on) at -O1, which ASan's authors advise: the suite runs the
# sanitized ascreport hundreds of times, and at -O0 running it took far longer than compiling
# it at -O1 does. -g1 (line tables: a report's stack trace still names file:line of each frame)
# compiles in about 75% of -g's time; for a debugger's locals, make sanitize SANITIZE_FLAGS="-g -O1".
# The test code itself stays at -O0 (tests/CMakeLists.txt). The benchmark tools are not built,
# and the tests labelled `external` (their time goes to an external program, e.g. Chromium:
# tests/CMakeLists.txt) are left to the release suite, `make test`.
SANITIZE_FLAGS ?= -g1 -O1
sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="$(SANITIZE_FLAGS)" \
	  -DCMAKE_CXX_FLAGS_DEBUG="$(SANITIZE_FLAGS)" -DASCREPORT_SANITIZE=ON -DASCREPORT_BUILD_BENCH=OFF >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS) -LE external

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) out
