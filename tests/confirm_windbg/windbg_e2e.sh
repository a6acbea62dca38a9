#!/usr/bin/env bash
# The confirmation drivers' static findings against WinDbg logs written for
# them (fixtures/*_verifier.log): !verifier 3 tables and !verifier 0x80
# stacks, alone, mixed with the shim's JSON lines, and a log with neither.
# Expected lines are found from the tags in the driver sources.
set -u
analyzer="$1"; confirm="$2"; errpath_runner="$3"; cases="$4"; fx="$5"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
line_of() { grep -n "$2" "$cases/confirm_drv_$1/driver.c" | head -1 | cut -d: -f1; }
for d in errpath unload tagmix; do
  "$analyzer" --format sarif --srcroot "$cases/confirm_drv_$d" -o "$t/$d.sarif" "$cases/confirm_drv_$d/driver.c" 2>/dev/null
  "$confirm" "$t/$d.sarif" "$fx/${d}_verifier.log" -o "$t/$d.out.sarif" > "$t/$d.txt" 2>&1 || bad "$d: exit $?"
  cat "$t/$d.txt"
done

# errpath: the leaked context ('xCpE' = EpCx) is named by tag and by the 0x80
# stack's function; the other row's tag is in no finding.
L=$(line_of errpath "'xCpE'); /\*")
grep -qx "CONFIRMED       PT005    driver.c:$L  (1 verifier record; exact: tag and function)" "$t/errpath.txt" || bad "errpath: PT005 at line $L not confirmed exactly"
grep -q "^RUNTIME ONLY    runtime/verifier_outstanding fffff8011a2b1188  (1 verifier record)$" "$t/errpath.txt" || bad "errpath: Zzzz row not runtime-only"
grep -Eq '"pooltrackVerifierMatch":[[:space:]]*"exact: tag and function"' "$t/errpath.out.sarif" || bad "errpath: SARIF lacks the match"

# unload: both unfreed blocks are static PT006 findings, matched by tag and
# by the allocating function the !verifier 3 table names.
for pat in "'hClU'" "'bTlU'"; do
  L=$(line_of unload "$pat")
  grep -qx "CONFIRMED       PT006    driver.c:$L  (1 verifier record; exact: tag and function)" "$t/unload.txt" || bad "unload: PT006 at line $L not confirmed exactly"
done
grep -q "2 confirmed, 0 not reproduced; 0 runtime-only" "$t/unload.txt" || bad "unload: totals"

# tagmix: the log shows the echo buffer's free ran in TmEcho (no tags in 0x80
# logs: not a confirmation); the stats path never ran.
L=$(line_of tagmix "'oEmX'")
S=$(line_of tagmix "'tsmT'")
grep -q "^executed        PT004    driver.c:$L  (1 verifier record; executed: " "$t/tagmix.txt" || bad "tagmix: free at $L not executed"
grep -qx "not reproduced  PT004    driver.c:$S" "$t/tagmix.txt" || bad "tagmix: $S should stay not reproduced"

# Both kinds in one log (a .logopen session with the shim and Driver Verifier).
PT_SHIM_LOG="$t/shim.jsonl" "$errpath_runner" > /dev/null 2>&1 || bad "errpath runner"
cat "$t/shim.jsonl" "$fx/errpath_verifier.log" > "$t/mixed.log"
"$confirm" "$t/errpath.sarif" "$t/mixed.log" > "$t/mixed.txt" 2>&1 || bad "mixed: exit $?"
cat "$t/mixed.txt"
L=$(line_of errpath "'xCpE'); /\*")
grep -Eq "^CONFIRMED       PT005    driver.c:$L  \([1-9][0-9]* runtime events?\)  \(1 verifier record; exact: tag and function\)$" "$t/mixed.txt" || bad "mixed: not confirmed by both"

# Neither format: one line on stderr, exit 4.
"$confirm" "$t/errpath.sarif" "$fx/neither.log" > "$t/n.out" 2> "$t/n.err"
rc=$?
[ "$rc" -eq 4 ] || bad "neither: exit $rc, want 4"
[ "$(wc -l < "$t/n.err")" -eq 1 ] && grep -q "neither pooltrack shim JSON lines nor Driver Verifier output" "$t/n.err" || { bad "neither: message"; cat "$t/n.err"; }
[ -s "$t/n.out" ] && bad "neither: wrote to stdout"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
