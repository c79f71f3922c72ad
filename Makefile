# Activation Explorer: the two-command front door.
#   make run   install what is missing, build, open the window (or render it to a PNG with no display)
#   make test  install what is missing, build, run the whole CTest suite on the offscreen platform,
#              then build and run it again under AddressSanitizer, UBSan and LeakSanitizer (build/asan)
#   make package  build, then a .deb of the install rules with CPack: $(BUILD)/package/activation-explorer_*.deb
#   make translations  lupdate: rewrite resources/translations/*.ts from the sources (then translate what is new)
# Also: make asan (the sanitizer suite alone), make fuzz (each libFuzzer target for FUZZ_SECONDS), make bench,
#       make lint (clang-format and clang-tidy over the tree; any finding fails it),
#       make crosscheck (the core and the copied PyTorch code against real PyTorch; SEED=N, SETS=N,
#       SNIPPET_SETS=N, REGENERATE=1).
# Everything else is CMake presets (CMakePresets.json); this file only installs and delegates.

MAKEFLAGS += --no-print-directory

PRESET   ?= release
BUILD    := build/$(PRESET)
APP      := $(BUILD)/app/activation-explorer
# qt6-tools-dev has CMake's LinguistTools, qt6-l10n-tools lupdate and lrelease (the .qm files are
# built), qt6-translations-l10n Qt's own German (tst_i18n checks a Cancel button with it).
# clang++ 14 builds the release and asan presets (libclang-rt-14-dev has its sanitizer runtimes and
# libFuzzer, lld links), Ninja runs them; g++ builds the lint and debug presets.
PACKAGES := cmake ninja-build make g++ clang libclang-rt-14-dev lld qt6-base-dev qt6-svg-dev libqcustomplot-dev libbenchmark-dev libsleef-dev fonts-dejavu-core \
            desktop-file-utils appstream qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
# libFuzzer is part of clang's runtime libraries (libclang_rt.fuzzer, in PACKAGES).
FUZZ_PACKAGES := $(PACKAGES)
FUZZ_SECONDS  ?= 60
# clang-format and clang-tidy 14 (Debian 12); run-clang-tidy comes with clang-tidy, git lists the files.
LINT_PACKAGES := $(PACKAGES) git clang-format clang-tidy
LINT_DIRS     := core widgets app tests bench fuzz
LINT_LOG      := build/lint/clang-tidy.log
# dpkg-shlibdeps (dpkg-dev) fills in the .deb's Depends; CPack's DEB generator runs file(1) to find the ELF files.
PACKAGE_PACKAGES := $(PACKAGES) dpkg-dev file
# GNU time measures bench/peak-memory.sh's peak memory.
BENCH_PACKAGES := $(PACKAGES) time
# The PyTorch reference: Debian's python3-torch, run by Debian's own python3 (a python3 earlier on
# PATH, from pyenv say, does not see Debian's packages).
CROSSCHECK_PACKAGES := $(PACKAGES) python3 python3-torch python3-numpy
PYTHON   ?= /usr/bin/python3
SEED     ?= 20261130
SETS     ?= 60
SNIPPET_SETS ?= 8
REFERENCE := tests/core/crosscheck/pytorch-reference.tsv

.PHONY: all deps fuzz-deps lint-deps bench-deps crosscheck-deps package-deps configure build test asan run package bench fuzz lint \
        crosscheck translations clean

all: build

# Installs only the packages that are missing. As root it runs apt-get; otherwise it uses sudo if
# that works without a password; otherwise it prints the exact command and stops.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Installing missing packages:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	else echo "These packages are missing and this user can neither install them nor sudo. Run:"; \
	     echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$$missing"; exit 1; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing
endef

deps:
	$(call install_missing,$(PACKAGES))

fuzz-deps:
	$(call install_missing,$(FUZZ_PACKAGES))

package-deps:
	$(call install_missing,$(PACKAGE_PACKAGES))

lint-deps:
	$(call install_missing,$(LINT_PACKAGES))

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES))

crosscheck-deps:
	$(call install_missing,$(CROSSCHECK_PACKAGES))

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

# The normal suite, then the sanitizer suite; CTest's summary of the latter is the last output.
# The normal suite runs while the sanitizer build compiles: its longest test (tst_monkey) leaves a core
# idle for a minute or more, which the build fills. Its report is printed when the build is done.
test: build
	@echo "Building under AddressSanitizer, UBSan and LeakSanitizer (build/asan) while the $(PRESET) suite runs"
	@cmake --preset asan >/dev/null
	@ctest --preset $(PRESET) >$(BUILD)/ctest.log 2>&1 & suite=$$!; \
	cmake --build --preset asan; built=$$?; \
	wait $$suite; passed=$$?; \
	echo "The $(PRESET) suite ($(BUILD)):"; cat $(BUILD)/ctest.log; \
	[ $$built = 0 ] && [ $$passed = 0 ]
	@echo "Testing under AddressSanitizer, UBSan and LeakSanitizer (build/asan)"
	@ctest --preset asan

asan: deps
	@echo "Building and testing under AddressSanitizer, UBSan and LeakSanitizer (build/asan)"
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# With no display the window is rendered offscreen to a PNG, and its path is printed. Only the program
# is built: the tests and benchmarks are two thirds of a build, and make test builds them.
run: configure
	@cmake --build --preset $(PRESET) --target activation-explorer
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  exec $(APP); \
	else \
	  mkdir -p out && QT_QPA_PLATFORM=offscreen $(APP) --screenshot out/default-view.png && \
	  echo "No display found: rendered the default view to $$(pwd)/out/default-view.png"; \
	fi

# lupdate over app/ and widgets/ into every resources/translations/*.ts (CMake's update_translations,
# from qt_add_translations in app/CMakeLists.txt). Translations are kept; new or changed strings arrive
# as type="unfinished", and tst_translations fails until each has its translation.
translations: configure
	@cmake --build --preset $(PRESET) --target update_translations

# The .deb (cmake/Packaging.cmake).
package: build package-deps
	@cpack --config $(BUILD)/CPackConfig.cmake -B $(BUILD)/package
	@ls $(BUILD)/package/*.deb

# Throughput (ratio to memcpy), then interactive latency and startup (ratios to a bare QCustomPlot),
# offscreen, then the distribution lens per slider step (ratio to the same bare replot), then peak
# memory at the limits.
bench: build bench-deps
	@$(BUILD)/bench/aex-bench --benchmark_counters_tabular=true
	@QT_QPA_PLATFORM=offscreen $(BUILD)/bench/aex-bench-latency 2>/dev/null
	@QT_QPA_PLATFORM=offscreen $(BUILD)/bench/aex-bench-statistics 2>/dev/null
	@bench/peak-memory.sh $(APP)

# Every PyTorch function of the catalogue, float64 and float32, over SETS seeded random parameter sets:
# real PyTorch (tests/core/crosscheck/crosscheck.py) against the core (aex-crosscheck). Prints the
# worst relative error per function and fails on any miss. REGENERATE=1 rewrites $(REFERENCE), which
# tst_pytorchreference replays under CTest with no Python.
# Then every PyTorch snippet of "Copy as code" (--code pytorch) for every function and framework at
# its defaults, slider ends, edge values and SNIPPET_SETS random sets, run in PyTorch against the app's
# own numbers (tests/core/crosscheck/snippets.py); a difference its "# differs:" lines do not declare,
# or a declared one that is not real, fails.
crosscheck: configure crosscheck-deps
	@cmake --build --preset $(PRESET) --target aex-crosscheck activation-explorer
	@status=0; \
	$(PYTHON) tests/core/crosscheck/crosscheck.py --driver $(BUILD)/tests/core/crosscheck/aex-crosscheck \
	  --seed $(SEED) --sets $(SETS) --work $(BUILD)/crosscheck $(if $(REGENERATE),--regenerate $(REFERENCE)) || status=1; \
	$(PYTHON) tests/core/crosscheck/snippets.py --app $(APP) --driver $(BUILD)/tests/core/crosscheck/aex-crosscheck \
	  --seed $(SEED) --sets $(SNIPPET_SETS) || status=1; \
	exit $$status

# Builds the libFuzzer targets with clang (build/fuzz) and runs each for FUZZ_SECONDS over a copy of
# fuzz/corpus; new crashes land in build/fuzz/artifacts. See fuzz/README.md.
fuzz: fuzz-deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@fuzz/run-fuzzers.sh build/fuzz $(FUZZ_SECONDS)

# clang-format --dry-run over every git-tracked .cpp/.h, then clang-tidy (.clang-tidy) over the sources of
# LINT_DIRS with the lint preset's compile_commands.json. The preset is built first (warnings as errors)
# so that the moc, uic and rcc output the sources include exists. The full clang-tidy output is kept in
# LINT_LOG; the findings, once each, and a count per check are printed. Any finding fails the target.
# The compile commands are GCC's: clang ignores the GCC-only warning flags (core's -Wno-restrict).
lint: lint-deps
	@echo "clang-format: checking every git-tracked C++ file"
	@git ls-files -z -- '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror || \
	  { echo "make lint: FAILED (clang-format wants the files above reformatted: clang-format -i FILE)"; exit 1; }
	@cmake --preset lint >/dev/null
	@cmake --build --preset lint
	@echo "clang-tidy: checking $(LINT_DIRS) (full output: $(LINT_LOG))"
	@tidy=$$(command -v clang-tidy-14 || command -v clang-tidy); \
	runner=$$(command -v run-clang-tidy-14 || command -v run-clang-tidy); \
	start=$$(date +%s); \
	$$runner -quiet -j 2 -p build/lint -clang-tidy-binary $$tidy -extra-arg=-Wno-unknown-warning-option \
	  '^$(CURDIR)/($(subst $() ,|,$(LINT_DIRS)))/' >$(LINT_LOG).raw 2>&1; status=$$?; \
	sed -E 's/\x1B\[[0-9;]*m//g' $(LINT_LOG).raw >$(LINT_LOG); rm -f $(LINT_LOG).raw; \
	grep -E '(^|: )(fatal error|warning|error): .*\]$$' $(LINT_LOG) | sort -u >$(LINT_LOG).findings; \
	count=$$(wc -l <$(LINT_LOG).findings); \
	cat $(LINT_LOG).findings; \
	echo "clang-tidy: $$count finding(s) in $$(( $$(date +%s) - start ))s"; \
	if [ $$count -gt 0 ]; then \
	  sed -E 's/.*\[([^],]+)(,-warnings-as-errors)?\]$$/\1/' $(LINT_LOG).findings | sort | uniq -c | sort -rn; fi; \
	if [ $$status -ne 0 ] || [ $$count -gt 0 ]; then \
	  [ $$count -gt 0 ] || tail -n 30 $(LINT_LOG); \
	  echo "make lint: FAILED (clang-tidy; the findings with their source lines are in $(LINT_LOG))"; exit 1; fi
	@echo "make lint: clean (clang-format and clang-tidy)"

clean:
	rm -rf build out
