#!/usr/bin/env bash
# run_fuzz.sh replay|SECONDS TARGET CORPUS REGRESSIONS
#   replay:  run TARGET once on every seed and every past crash (must not crash)
#   SECONDS: fuzz that long from a copy of the seeds (the repo is never written);
#            a crash fails the test and its input is kept in $PT_FUZZ_ARTIFACTS
#            (default: the current folder) to be added to REGRESSIONS with a fix.
set -u
mode="$1"; bin="$2"; corpus="$3"; regress="$4"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:allocator_may_return_null=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
opts=(-timeout=10 -rss_limit_mb=2048 -max_len=32768)
inputs=("$corpus"/*)
[ -d "$regress" ] && [ -n "$(ls -A "$regress" 2>/dev/null)" ] && inputs+=("$regress"/*)
if [ "$mode" = replay ]; then
    "$bin" "${opts[@]}" "${inputs[@]}" 2>"${TMPDIR:-/tmp}/replay.$$.log"; rc=$?
    if [ $rc -ne 0 ]; then tail -40 "${TMPDIR:-/tmp}/replay.$$.log"; fi
    n=$(grep -c "^Running: " "${TMPDIR:-/tmp}/replay.$$.log"); rm -f "${TMPDIR:-/tmp}/replay.$$.log"
    echo "replayed $n inputs, exit $rc"
    [ $rc -eq 0 ] && [ "$n" -eq "${#inputs[@]}" ]
    exit
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "${inputs[@]}" "$work/"
art="${PT_FUZZ_ARTIFACTS:-$PWD}/"
"$bin" "${opts[@]}" -max_total_time="$mode" -print_final_stats=1 -artifact_prefix="$art" \
       "$work" 2>"$work.log"; rc=$?
grep -E "^(stat::number_of_executed_units|stat::new_units_added|Done)" "$work.log"
if [ $rc -ne 0 ]; then
    tail -60 "$work.log"
    echo "FAIL: $(basename "$bin") crashed; input kept in $art (crash-*/timeout-*/oom-*)"
fi
rm -f "$work.log"
exit $rc
