#!/usr/bin/env bash
# A TU whose worker crashes or hangs costs only itself: the others' findings
# are kept, the lost TU is an error notification (SARIF), exit 2.
. "$(dirname "$0")/lib.sh"
victim="$cases/pt005_leak_error_path_goto.c"
other="$cases/pt004_free_wrong_tag.c"
[ -f "$other" ] || other=$(ls "$cases"/pt004_*.c | head -1)
make_db "$t/cc.json" "$victim" "$other" "$cases/clean_goto_cleanup.c"
PT_WORKER_FAULT="crash:$(basename "$victim")" "$bin" -p "$t/cc.json" --no-cache -j 2 --format sarif -o "$t/crash.sarif" 2>"$t/err"
expect_rc crash 2 $?
grep -q "crashed (signal 11" "$t/err" && ok || bad "crash not said: $(cat "$t/err")"
grep -q '"PT004"' "$t/crash.sarif" && ok || bad "the other file's finding was lost"
grep -q 'toolExecutionNotifications' "$t/crash.sarif" && grep -q 'crashed' "$t/crash.sarif" && ok || bad "crash not in SARIF notifications"
grep -q "$(basename "$victim")" "$t/crash.sarif" && ok || bad "crashed file not named in SARIF"
# The budget is every file's: it must be generous enough for the others on a
# machine under any load (ctest -j16 on 2 cores), so no timing is asserted;
# -j 3: the hung file waits its budget next to the others, not before them.
# timeout(1) is only the hang guard.
PT_WORKER_FAULT="hang:$(basename "$victim")" timeout 600 "$bin" -p "$t/cc.json" --no-cache -j 3 --tu-timeout 60 \
    -o "$t/hang.txt" 2>"$t/err"
expect_rc hang 2 $?
grep -q "$(basename "$victim"): not analysed: parsing took longer than the time budget (60 s" "$t/err" && ok \
    || bad "timeout not said: $(cat "$t/err")"
grep -q "PT004" "$t/hang.txt" && ok || bad "the other file's finding was lost after a timeout"
"$bin" -p "$t/cc.json" --tu-timeout x 2>"$t/err"; expect_rc "bad timeout" 2 $?
"$bin" -p "$t/cc.json" -j 0 2>"$t/err"; expect_rc "-j 0" 2 $?
finish
