# Activation Explorer: the two-command front door.
#   make run   install what is missing, build, open the window (or render it to a PNG with no display)
#   make test  install what is missing, build, run the whole CTest suite on the offscreen platform
# Everything else is CMake presets (CMakePresets.json); this file only installs and delegates.

PRESET   ?= release
BUILD    := build/$(PRESET)
APP      := $(BUILD)/app/activation-explorer
PACKAGES := cmake make g++ qt6-base-dev qt6-svg-dev libqcustomplot-dev libbenchmark-dev fonts-dejavu-core

.PHONY: all deps configure build test run bench clean

all: build

# Installs only the packages that are missing. As root it runs apt-get; otherwise it uses sudo if
# that works without a password; otherwise it prints the exact command and stops.
deps:
	@missing=""; for p in $(PACKAGES); do \
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

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

test: build
	@ctest --preset $(PRESET)

# With no display the window is rendered offscreen to a PNG, and its path is printed.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  exec $(APP); \
	else \
	  mkdir -p out && QT_QPA_PLATFORM=offscreen $(APP) --screenshot out/default-view.png && \
	  echo "No display found: rendered the default view to $$(pwd)/out/default-view.png"; \
	fi

bench: build
	@$(BUILD)/bench/aex-bench --benchmark_counters_tabular=true

clean:
	rm -rf build out
