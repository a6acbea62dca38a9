#!/usr/bin/env bash
# One confirmation driver end to end: static analysis (SARIF), the scenario
# with the failure-injection sweep (JSON lines), pooltrack-confirm over all
# runs and over the clean run alone, then confirm_check against the driver's
# "runtime:" comments.
set -u
analyzer="$1"; runner="$2"; confirm="$3"; check="$4"; drvdir="$5"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0
"$analyzer" --format sarif --srcroot "$drvdir" -o "$t/static.sarif" "$drvdir"/*.c 2>"$t/analyze.err"
rc=$?
[ "$rc" -le 1 ] || { echo "FAIL: analyzer exited $rc"; cat "$t/analyze.err"; fail=1; }
PT_SHIM_LOG="$t/runtime.jsonl" "$runner" > "$t/run.out" 2>&1 || { echo "FAIL: runner"; cat "$t/run.out"; fail=1; }
cat "$t/run.out"
runs=$(sed -n 's/^[0-9]* allocations, \([0-9]*\) runs$/\1/p' "$t/run.out")
summaries=$(grep -c '"event":"summary"' "$t/runtime.jsonl")
# The sweep must really have run: one unload check (summary) per run, several runs.
[ -n "$runs" ] && [ "$runs" -ge 3 ] || { echo "FAIL: expected a sweep of at least 3 runs, got '${runs}'"; fail=1; }
[ "$summaries" = "$runs" ] || { echo "FAIL: $summaries summaries for $runs runs"; fail=1; }
grep '"run":0[,}]' "$t/runtime.jsonl" > "$t/clean.jsonl"
"$confirm" "$t/static.sarif" "$t/runtime.jsonl" -o "$t/all.sarif" > "$t/all.txt" 2>&1 || { echo "FAIL: confirm"; fail=1; }
"$confirm" "$t/static.sarif" "$t/clean.jsonl" -o "$t/clean.sarif" -q 2>&1 || { echo "FAIL: confirm (clean run)"; fail=1; }
cat "$t/all.txt"
"$check" "$drvdir" "$t/all.sarif" "$t/clean.sarif" || fail=1
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
