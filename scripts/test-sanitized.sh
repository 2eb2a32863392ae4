#!/usr/bin/env bash
# Builds kg with AddressSanitizer and UndefinedBehaviorSanitizer into ./build-asan and runs
# the test suite there; any report (a leak, an out-of-bounds access, undefined behaviour)
# stops the test that caused it, so it fails. Not part of scripts/test.sh: the build takes
# about 25 minutes on 2 cores and the tests 4 more.
#   scripts/test-sanitized.sh            every test but the TCK and the install example
#                                        (unit, golden, parser, compiler, CLI, crash kills)
#   scripts/test-sanitized.sh -R Golden  extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_SANITIZE=address,undefined -DKG_BUILD_BENCH=OFF
cmake --build build-asan -j2
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# ASan's stack frames are several times larger: the default nesting limit of 500 levels
# (README "Limits", about 2 MB of stack in a plain build) needs a bigger stack here.
ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null || echo "warning: could not raise the stack limit" >&2
# embed_example links the installed (sanitized) library without the sanitizer runtime.
if [ $# -eq 0 ]; then set -- -E '^(tck|embed_example)$'; fi
ctest --test-dir build-asan --output-on-failure -j2 --timeout 1200 "$@"
