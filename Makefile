# The README's two commands, `make demo` and `make test`, plus `make bench`.
# Each installs what is missing (scripts/bootstrap) and builds first.
BUILD      ?= build
FUZZ_BUILD ?= $(BUILD)/fuzz
CMAKE_ARGS ?=

.PHONY: demo test bench build fuzz-build bootstrap format

demo:
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "make demo opens the workstation window, but there is no display here." >&2; \
	  echo "On a machine without a display, run:  xvfb-run -a make demo" >&2; \
	  exit 1; \
	fi
	@$(MAKE) --no-print-directory build
	scripts/demo-stack run $(BUILD)/app/clinical-workstation --config build/demo/workstation.conf

test: build fuzz-build
	scripts/check-format
	ctest --test-dir $(BUILD) --output-on-failure --parallel 2
	ctest --test-dir $(FUZZ_BUILD) --output-on-failure

bench: build
	scripts/run-bench $(BUILD)

build: bootstrap
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_ARGS)
	cmake --build $(BUILD)

# libFuzzer needs clang and instrumented libraries: a separate, small build.
fuzz-build: bootstrap
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCW_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
	cmake --build $(FUZZ_BUILD)

bootstrap:
	scripts/bootstrap

format:
	scripts/check-format --fix
