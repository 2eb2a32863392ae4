#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UBSan into ./build-fuzz and
# runs each for SECONDS (default 60) from seeds taken from the tests. A crash leaves its
# input in build-fuzz/crashes/TARGET/ and the script exits 1; turn each into a regression
# test (a golden case) with its fix. New coverage accumulates in build-fuzz/corpus/.
#   scripts/fuzz.sh [SECONDS] [query|article]...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(query article)
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF -DKG_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/#/kg_fuzz_}"
python3 tests/fuzz/make_seeds.py . build-fuzz/seeds
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
status=0
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target" "build-fuzz/crashes/$target"
  echo "== kg_fuzz_$target for ${seconds}s"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: one taking 2 GB is a leak of work.
  build-fuzz/tests/fuzz/kg_fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$target/" \
    "build-fuzz/corpus/$target" "build-fuzz/seeds/$target" || status=1
done
exit $status
