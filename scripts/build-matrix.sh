#!/usr/bin/env bash
# Every supported build combination, warnings as errors: GCC and the clang of
# the same LLVM version x Debug, Release, RelWithDebInfo, MinSizeRel x LLVM 14,
# 15, 16 (24 builds, each in its own folder), and a quick subset of the suite
# on each (about half a minute): the sample, the command-line exit codes and
# the PT004 cases.
#
#   scripts/build-matrix.sh [-o DIR] [-c "gcc clang"] [-t "Debug ..."] [-l "14 15 16"] [-R REGEX]
#
# -o: where the build folders go (default build-matrix); -c, -t, -l: a part of
# the matrix; -R: the ctest regex of the subset. Prints one line per
# combination (compiler, type, LLVM, build ok, tests passed/total, seconds)
# and exits 1 when any build or test failed; a failed build's log is kept as
# DIR/<combination>.log. Needs gcc, and clang-<N> and libclang-<N>-dev for each
# N (scripts/deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
out="build-matrix"
compilers="gcc clang" types="Debug Release RelWithDebInfo MinSizeRel" llvms="14 15 16"
subset='^(sample/|cli/exit-codes|case/pt004_)'
while getopts o:c:t:l:R: opt; do
  case $opt in
    o) out=$OPTARG ;; c) compilers=$OPTARG ;; t) types=$OPTARG ;; l) llvms=$OPTARG ;;
    R) subset=$OPTARG ;; *) exit 2 ;;
  esac
done
jobs=$(nproc)
out=$(mkdir -p "$out" && cd "$out" && pwd)
fail=0
printf '%-9s %-15s %-4s %-5s %-9s %s\n' compiler type LLVM build tests seconds
for llvm in $llvms; do
  for cc in $compilers; do
    ccbin=$cc
    [ "$cc" = clang ] && ccbin=clang-$llvm
    for type in $types; do
      dir=$out/$cc-$type-llvm$llvm log=$out/$cc-$type-llvm$llvm.log
      t0=$SECONDS build=no tests=- failed=
      if ! command -v "$ccbin" >/dev/null || ! command -v "llvm-config-$llvm" >/dev/null; then
        build=missing
      elif cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" -DCMAKE_C_COMPILER="$ccbin" \
             -DPT_LLVM_VERSION="$llvm" -DPT_WERROR=ON >"$log" 2>&1 &&
           cmake --build "$dir" -j"$jobs" >>"$log" 2>&1; then
        build=ok
        total=$(cd "$dir" && ctest -N -R "$subset" | sed -n 's/^Total Tests: //p')
        (cd "$dir" && ctest -j"$jobs" -R "$subset" --output-on-failure >>"$log" 2>&1) || true
        failed=$(sed -n 's/.* tests passed, \([0-9]*\) tests failed out of .*/\1/p' "$log" | tail -1)
        tests=$((total - ${failed:-$total}))/$total
        [ "${failed:-1}" -eq 0 ] || fail=1
      fi
      [ "$build" = ok ] || fail=1
      printf '%-9s %-15s %-4s %-5s %-9s %s\n' "$ccbin" "$type" "$llvm" "$build" "$tests" $((SECONDS - t0))
      if [ "$build" = ok ] && [ "${failed:-1}" -eq 0 ]; then rm -f "$log"
      elif [ -f "$log" ]; then grep -E 'error|warning|Failed|\*\*\*' "$log" | head -20 >&2 || true
      fi
    done
  done
done
exit $fail
