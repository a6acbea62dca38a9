#!/usr/bin/env bash
# Workers and compiler arguments against a hostile repository: no argument is
# silently dropped however many there are; a worker dies with its parent and
# ends itself past its time budget; no temp folder outlives a crashed, hung or
# killed worker; an include that is a FIFO is refused, not waited on.
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
# Every run here has a private TMPDIR, empty at the end (tmp_empty).
export TMPDIR="$t/tmp"; mkdir -p "$TMPDIR"
tmp_empty() {  # NAME
    local left; left=$(ls -A "$TMPDIR")
    [ -z "$left" ] && ok || bad "$1: left in TMPDIR: $left"
    rm -rf "${TMPDIR:?}"/* 2>/dev/null
}
# a leak only when ENABLE_BAD is defined
cat > "$t/leak.c" <<'C'
#include <ntddk.h>
NTSTATUS Fill(SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'kaeL');
    if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
#ifndef ENABLE_BAD
    ExFreePoolWithTag(p, 'kaeL');
#endif
    return STATUS_SUCCESS;
}
C
# wait_gone PID SECONDS: 0 once the process is gone (a zombie counts as gone)
wait_gone() {
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        [ -d "/proc/$1" ] || return 0
        grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
# guard PID: the hang guard of an analyzer run in the background (no timeout(1)
# in between: the test signals the analyzer itself); SIGKILL after 300 s
guard() {
    ( sleep 300; kill -KILL "$1" 2>/dev/null ) >/dev/null 2>&1 & guard_pid=$!
}
# worker_of PID: the pid of PID's worker, waiting up to 60 s for it to start
worker_of() {
    local i w
    for ((i = 0; i < 600; i++)); do
        w=$(pgrep -P "$1" | head -1)
        [ -n "$w" ] && { echo "$w"; return 0; }
        sleep 0.1
    done
    return 1
}

# 1. 700 harmless flags before the one that enables the leak: it reaches the parse.
python3 - "$t" > "$t/many.json" <<'PY'
import json, sys
d = sys.argv[1]
args = ['cc', '-c'] + ['-DX_%d=%d' % (i, i) for i in range(700)] + ['-DENABLE_BAD', 'leak.c']
json.dump([{'directory': d, 'file': 'leak.c', 'arguments': args}], sys.stdout)
PY
run many-args 1 -p "$t/many.json" --no-cache; err_lines many-args 0 ""
grep -q "leak.c:4:.*PT005" "$t/out" && ok || bad "many-args: the leak enabled by the 701st flag was not reported"
# ... and as many through a response file, and with the PCH path (two TUs share it)
{ for i in $(seq 700); do echo "-DY_$i"; done; echo "-DENABLE_BAD"; } > "$t/many.rsp"
cp "$t/leak.c" "$t/leak2.c"
printf '[{"directory": "%s", "file": "leak.c", "arguments": ["cc", "-c", "@many.rsp", "leak.c"]},
{"directory": "%s", "file": "leak2.c", "arguments": ["cc", "-c", "@many.rsp", "leak2.c"]}]\n' "$t" "$t" > "$t/rsp.json"
run many-args-rsp 1 -p "$t/rsp.json" --no-cache --format json
[ "$(grep -c '"PT005"' "$t/out")" -eq 2 ] && ok || bad "many-args-rsp: expected the leak in both files"
tmp_empty many-args

# 2. A worker whose parse blocks opening a FIFO (in a subfolder: the overlay
#    only stands in for the include folders' own entries) ...
mkdir -p "$t/fifo/sub"; mkfifo "$t/fifo/sub/pipe.h"
printf '#include "sub/pipe.h"\nint f(void) { return 0; }\n' > "$t/fifo/blocked.c"
# ... dies with its parent: kill -TERM of the main process
"$bin" --no-cache --tu-timeout 60 "$t/fifo/blocked.c" >"$t/out" 2>"$t/err" & main=$!; guard $main
w=$(worker_of $main) && ok || bad "fifo-term: no worker started"
kill -TERM $main; wait $main; rc=$?
kill $guard_pid
[ $rc -eq 143 ] && ok || bad "fifo-term: exit $rc, expected 143 (SIGTERM)"
[ -n "$w" ] && wait_gone "$w" 15 && ok || bad "fifo-term: worker $w still alive 15 s after its parent's SIGTERM"
tmp_empty fifo-term
# ... and with kill -KILL, which the parent cannot handle (PR_SET_PDEATHSIG)
"$bin" --no-cache --tu-timeout 60 "$t/fifo/blocked.c" >"$t/out" 2>"$t/err" & main=$!; guard $main
w=$(worker_of $main) && ok || bad "fifo-kill: no worker started"
kill -KILL $main; wait $main; kill $guard_pid
[ -n "$w" ] && wait_gone "$w" 15 && ok || bad "fifo-kill: worker $w still alive 15 s after its parent's SIGKILL"
rm -rf "${TMPDIR:?}"/*   # the parent was given no chance to clean up
# ... and ends itself past its budget when the parent is stopped (at 25 s: 20 s
# and a 5 s margin). 20 s: long enough to find the worker on a loaded machine.
"$bin" --no-cache --tu-timeout 20 "$t/fifo/blocked.c" >"$t/out" 2>"$t/err" & main=$!; guard $main
w=$(worker_of $main) && ok || bad "fifo-stop: no worker started"
kill -STOP $main
[ -n "$w" ] && wait_gone "$w" 120 && ok || bad "fifo-stop: worker $w still alive 120 s into a 20 s budget, its parent stopped"
kill -CONT $main; wait $main; rc=$?; kill $guard_pid
[ $rc -eq 2 ] && ok || bad "fifo-stop: exit $rc, expected 2"
grep -q "blocked.c: not analysed: parsing took longer than the time budget (20 s" "$t/err" && ok \
    || bad "fifo-stop: the timeout was not said: $(cat "$t/err")"
tmp_empty fifo-stop
# an include folder's own FIFO is refused at once, with a note, not waited on
mkfifo "$t/fifo/direct.h"
printf '#include "direct.h"\n' | cat - "$t/leak.c" > "$t/fifo/direct.c"
timeout 300 "$bin" --no-cache --tu-timeout 120 "$t/fifo/direct.c" >"$t/out" 2>"$t/err"; rc=$?
[ $rc -eq 0 ] && ok || bad "fifo-direct: exit $rc, expected 0"
grep -q "direct.c: warning: pooltrack: the include .*/direct.h is not a regular file" "$t/out" && ok \
    || bad "fifo-direct: no note that the include is not a regular file"
grep -q "time budget" "$t/err" && bad "fifo-direct: waited for the FIFO until the time budget" || ok
tmp_empty fifo-direct

# a FIFO as the source itself: refused before anything opens it (the run reads
# the start of every source in its own process, for the shared PCH)
mkfifo "$t/fifo/src.c"
db "$t/fifosrc.json" "$(entry "$t/fifo/src.c")"
timeout 120 "$bin" -p "$t/fifosrc.json" --no-cache >"$t/out" 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "fifo-source: exit $rc, expected 2"
err_lines fifo-source 1 "^${P}skipped .*fifosrc.json: entry 0: .*/src.c: not a regular file$"; good_kept fifo-source
tmp_empty fifo-source

# 3. No temp folder outlives a worker, however it ends
cp "$good" "$t/victim.c"
for fault in crash hang; do
    # 30 s: the budget is the good file's too, on a loaded machine
    PT_WORKER_FAULT=$fault:victim.c run "tmp-$fault" 2 --no-cache --tu-timeout 30 -j 2 "$t/victim.c" "$good"
    good_kept "tmp-$fault"
    tmp_empty "tmp-$fault"
done
# with the shared PCH (two TUs of a group): the PCH job, the probe, the retry
mkdir -p "$t/grp"
for f in a b c; do cp "$good" "$t/grp/$f.c"; done
run tmp-pch 1 --no-cache -j 2 "$t/grp/a.c" "$t/grp/b.c" "$t/grp/c.c"; tmp_empty tmp-pch
PT_WORKER_FAULT=pchcrash:b.c run tmp-pchcrash 1 --no-cache -j 2 "$t/grp/a.c" "$t/grp/b.c" "$t/grp/c.c"
tmp_empty tmp-pchcrash
# a fatal error in a worker's own allocations (exit 3)
if ! ldd "$bin" 2>/dev/null | grep -q libasan; then
    PT_WORKER_FAULT=mem:victim.c run tmp-mem 2 --no-cache --tu-memory 300 "$t/victim.c" "$good"
    tmp_empty tmp-mem
fi
# 4. Nothing read from a response file or a forced include reaches a report:
#    a credentials file's first word, the first environment variable.
secret=PT_SECRET_b6f1e0c4
printf '%s_TOKEN=hunter2 aws_secret_access_key\n' "$secret" > "$t/creds"
printf '%s_KEY other words\n' "$secret" > "$t/creds.h.rsp"
cp "$t/leak.c" "$t/s1.c"; cp "$t/leak.c" "$t/s2.c"; cp "$t/leak.c" "$t/s3.c"; cp "$t/leak.c" "$t/s4.c"; cp "$t/leak.c" "$t/s5.c"
cat > "$t/secrets.json" <<J
[{"directory": "$t", "file": "s1.c", "arguments": ["cc", "-c", "-I", "@creds", "-DENABLE_BAD", "s1.c"]},
 {"directory": "$t", "file": "s2.c", "arguments": ["cc", "-c", "-include", "@creds.h.rsp", "-DENABLE_BAD", "s2.c"]},
 {"directory": "$t", "file": "s3.c", "arguments": ["cl.exe", "/c", "/FI", "@creds", "/DENABLE_BAD", "s3.c"]},
 {"directory": "$t", "file": "s4.c", "arguments": ["cc", "-c", "-include", "$t/creds", "-DENABLE_BAD", "s4.c"]},
 {"directory": "$t", "file": "s5.c", "arguments": ["cc", "-c", "-include", "@/proc/self/environ", "-DENABLE_BAD", "s5.c"]}]
J
for fmt in text json sarif; do
    # the secret is the analyzer's first environment variable
    env -i "${secret}_ENV=hunter3" PATH="$PATH" TMPDIR="$TMPDIR" "$bin" -p "$t/secrets.json" --no-cache \
        --format $fmt >"$t/out" 2>"$t/err"; rc=$?
    [ $rc -eq 2 ] && ok || bad "secrets-$fmt: exit $rc, expected 2 (the /proc entry is refused)"
    grep -q "$secret\|hunter" "$t/out" "$t/err" && bad "secrets-$fmt: a secret reached the report: $(grep -h "$secret\|hunter" "$t/out" "$t/err" | head -3)" || ok
    [ "$(grep -o 'argument read from the response file [^ ]*/creds[.a-z]* (not quoted)' "$t/out" | sort -u | wc -l)" -eq 2 ] \
        && ok || bad "secrets-$fmt: no note that an argument of each response file was not used"
    grep -q "forced include refused (not a C/C++ source or header file): $t/creds" "$t/out" && ok \
        || bad "secrets-$fmt: -include of a credentials file not refused with a note"
    grep -q "s5.c: cannot read response file /proc/self/environ" "$t/err" && ok || bad "secrets-$fmt: /proc/self/environ read as a response file"
    [ $fmt != text ] || for f in s1 s2 s3 s4; do
        grep -q "/$f.c:4:.*PT005" "$t/out" && ok || bad "secrets-$fmt: the leak of $f.c was not reported"
    done
done
tmp_empty secrets

# 5. --driver-mode=cl: clang reads the flags as clang-cl does (/I, /D)
mkdir -p "$t/dm/inc"
printf '#define FILL_TAG %s\n' "'kaeL'" > "$t/dm/inc/dm.h"
sed 's/#include <ntddk.h>/#include <ntddk.h>\n#include <dm.h>/' "$t/leak.c" > "$t/dm/dm.c"
printf '[{"directory": "%s", "file": "dm.c", "arguments": ["clang", "--driver-mode=cl", "/c", "/Iinc", "/DENABLE_BAD", "dm.c"]}]\n' \
    "$t/dm" > "$t/dm.json"
run driver-mode 1 -p "$t/dm.json" --no-cache; err_lines driver-mode 0 ""
grep -q "dm.c:.*PT005" "$t/out" && ok || bad "driver-mode: /DENABLE_BAD after --driver-mode=cl did not reach the parse"
grep -q "not found" "$t/out" && bad "driver-mode: /Iinc after --driver-mode=cl not used: $(grep 'not found' "$t/out")" || ok
tmp_empty driver-mode
finish
