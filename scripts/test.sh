#!/usr/bin/env bash
# Build pooltrack and run the whole test suite: once normally, once under
# AddressSanitizer + UBSan, then the fuzz targets for a short while.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPT_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest --output-on-failure -j"$jobs")
# libFuzzer targets (tests/fuzz): seeds and past crashes replayed, then a short
# fixed run per target; only where clang's fuzzer runtime is installed.
if [ -f "$(clang-14 -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]; then
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPT_FUZZ=ON -DCMAKE_C_COMPILER=clang-14 >/dev/null
  cmake --build build-fuzz -j"$jobs" --target fuzz_targets
  (cd build-fuzz && ctest --output-on-failure -j"$jobs" -L fuzz)
else
  echo "test.sh: no libFuzzer runtime for clang-14 (libclang-rt-14-dev): fuzzing skipped" >&2
fi
