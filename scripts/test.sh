#!/usr/bin/env bash
# Build pooltrack and run the whole test suite on several builds, warnings as
# errors (-DPT_WERROR=ON, for CI only):
#   main     RelWithDebInfo, GCC, LLVM 14 (the reference build)
#   release  Release (-O3), GCC, LLVM 14; and `cpack -G DEB` from it
#   llvm16   RelWithDebInfo, clang 16 against libclang 16
#            (these two without the valgrind and bench labels)
#   asan     Debug under AddressSanitizer + UBSan
#   fuzz     the fuzz targets for a short while (clang 14's libFuzzer)
#   matrix   two combinations the stages above do not build, with a quick
#            subset of the suite (scripts/build-matrix.sh): MinSizeRel, GCC,
#            LLVM 15 and Debug, clang 15, LLVM 15
# Opt-in, not run by default:
#   deb      the release stage's package installed with apt on a fresh
#            debootstrapped Debian 12 and run there (scripts/deb-clean-install.sh;
#            root, and a first run downloads about 300 MB from Debian's mirror)
# scripts/test.sh [stage...]: only those stages (CI may split them); none: all
# but the opt-in ones.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(main release llvm16 asan fuzz matrix)

# The extra builds skip memcheck (label valgrind: the same code as main's,
# slow) and the timing benches (bench); everything else runs on every build.
suite() {  # build-dir "ctest-args" cmake-args...: configure, build, run the tests
    local dir=$1 args=$2; shift 2
    cmake -S . -B "$dir" -DPT_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
    # shellcheck disable=SC2086
    (cd "$dir" && ctest --output-on-failure -j"$jobs" $args)
}

for stage in "${stages[@]}"; do
  echo "test.sh: stage $stage" >&2
  case $stage in
    main) suite build "" -DCMAKE_BUILD_TYPE=RelWithDebInfo ;;
    release)
      suite build-release "-LE valgrind|bench" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=gcc
      # the package names the libclang this build linked
      (cd build-release && rm -f pooltrack_*.deb && cpack -G DEB >/dev/null &&
       dpkg-deb -f pooltrack_*.deb Depends | grep -q 'libclang1-14, libclang-common-14-dev') ;;
    llvm16)
      suite build-llvm16 "-LE valgrind|bench" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPT_LLVM_VERSION=16 -DCMAKE_C_COMPILER=clang-16 ;;
    asan)
      cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPT_SANITIZE=ON -DPT_WERROR=ON >/dev/null
      cmake --build build-asan -j"$jobs"
      (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
         ctest --output-on-failure -j"$jobs") ;;
    fuzz)
      # libFuzzer targets (tests/fuzz): seeds and past crashes replayed, then a
      # short fixed run per target; only where clang's fuzzer runtime is installed.
      if [ -f "$(clang-14 -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]; then
        cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPT_FUZZ=ON -DPT_WERROR=ON \
              -DCMAKE_C_COMPILER=clang-14 >/dev/null
        cmake --build build-fuzz -j"$jobs" --target fuzz_targets
        (cd build-fuzz && ctest --output-on-failure -j"$jobs" -L fuzz)
      else
        echo "test.sh: no libFuzzer runtime for clang-14 (libclang-rt-14-dev): fuzzing skipped" >&2
      fi ;;
    matrix)
      bash scripts/build-matrix.sh -c gcc -t MinSizeRel -l 15
      bash scripts/build-matrix.sh -c clang -t Debug -l 15 ;;
    deb)
      # the release stage's build folder: built (again) here when it is missing
      bash scripts/deb-clean-install.sh --build build-release ;;
    *) echo "test.sh: unknown stage $stage (main release llvm16 asan fuzz matrix deb)" >&2; exit 2 ;;
  esac
done
