#!/usr/bin/env bash
# Static finding, runtime sweep, confirmation: the error-path leak that only a
# failed allocation exposes is found statically and confirmed by the shim.
set -u
analyzer="$1"; runner="$2"; confirm="$3"; drivers="$4"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0
"$analyzer" --format sarif --srcroot "$drivers" -o "$t/static.sarif" "$drivers/errpath.c" 2>/dev/null
grep -q '"PT005"' "$t/static.sarif" || { echo "FAIL: no static PT005"; fail=1; }
PT_SHIM_LOG="$t/runtime.jsonl" "$runner" > "$t/run.out" 2>&1 || { echo "FAIL: runner"; cat "$t/run.out"; fail=1; }
grep -q '"leak"' "$t/runtime.jsonl" || { echo "FAIL: the sweep saw no leak"; head -5 "$t/runtime.jsonl"; fail=1; }
"$confirm" "$t/static.sarif" "$t/runtime.jsonl" -o "$t/confirmed.sarif" > "$t/confirm.txt" 2>&1
cat "$t/confirm.txt"
grep -q '[1-9][0-9]* confirmed' "$t/confirm.txt" || { echo "FAIL: nothing confirmed"; fail=1; }
grep -q '"confirmed"' "$t/confirmed.sarif" || { echo "FAIL: confirmed.sarif lacks the confirmation"; fail=1; }
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
