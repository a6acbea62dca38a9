#!/usr/bin/env bash
# pooltrack-confirm on hostile logs and outputs (issue 18): a large log in
# linear time, a log over the size limit, a FIFO, NUL bytes, control
# characters in names; -o atomic (full disk, file size limit), through no
# symlink, with the umask's mode.
# usage: hostile_log_test.sh POOLTRACK-CONFIRM CONFIRM-FIXTURES WINDBG-FIXTURES
set -u
bin="$(realpath "$1")"; fx="$(cd "$2" && pwd)"; wfx="$(cd "$3" && pwd)"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; sed 's/^/  stderr: /' "$t/err" 2>/dev/null | head -3; fail=$((fail+1)); }
P="pooltrack-confirm: "
# expect NAME WANT_RC GOT_RC
expect() { [ "$3" -eq "$2" ] && ok || bad "$1: exit $3, expected $2"; }
# one_line NAME REGEX: stderr is exactly one line matching REGEX
one_line() {
    [ "$(wc -l < "$t/err")" -eq 1 ] && grep -qE -- "$2" "$t/err" && ok || bad "$1: stderr is not one line matching '$2'"
}
# totals NAME TEXT: the summary line of $t/out is TEXT
totals() {
    local got; got=$(tail -1 "$t/out")
    [ "$got" = "$2" ] && ok || bad "$1: totals '$got', expected '$2'"
}
# no_controls NAME FILE: no C0 control but tab and LF, no DEL, no C1 (UTF-8 C2 80..9F)
no_controls() {
    if tr -d '\000-\010\013-\037\177' < "$2" | cmp -s - "$2" && ! LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$2"; then ok
    else bad "$1: a raw control character reached the output"; fi
}
doubled() {  # FILE TIMES: FILE doubled TIMES times in place
    local i
    for ((i = 0; i < $2; i++)); do cat "$1" "$1" > "$1.2" && mv "$1.2" "$1"; done
}
sarif="$fx/static.sarif"; log="$fx/runtime.jsonl"

# 1. A 20 MB shim log: 201 events a block (200 runtime-only places, one that
#    confirms errpath.c:14), 512 blocks. Quadratic before (hours); the
#    timeout only guards against a hang.
for i in $(seq 200); do
    printf '{"event":"leak","rule":"PT006","kind":"outstanding","family":"pool","tag":"GenT","size":32,"pool":"NonPagedPoolNx","address":"0x%x","file":"/build/gen/gen%d.c","line":%d,"function":"Gen","seq":%d,"run":0}\n' "$i" "$((i % 7))" "$i" "$i"
done > "$t/big.jsonl"
echo '{"event":"leak","rule":"PT005","kind":"error_path","family":"pool","tag":"ErmA","size":64,"pool":"NonPagedPoolNx","address":"0x5600","file":"/build/mydrv/drivers/errpath.c","line":14,"function":"DoWork","seq":2,"run":3}' >> "$t/big.jsonl"
echo '0: kd> g' >> "$t/big.jsonl"
doubled "$t/big.jsonl" 9
timeout 60 "$bin" "$sarif" "$t/big.jsonl" > "$t/out" 2>"$t/err"; expect big-shim-log 0 $?
totals big-shim-log "6 static result(s): 1 confirmed, 5 not reproduced; 200 runtime-only result(s) added from 102912 runtime event(s)"
grep -q '^CONFIRMED       PT005    drivers/errpath.c:14  (512 runtime events)$' "$t/out" && ok || bad "big-shim-log: errpath.c:14 not confirmed 512 times"

# 2. An 11 MB Driver Verifier log: matcher.log and a table row without a
#    symbol, 8192 times (freed twice, callers resolved, runtime-only blocks).
{ head -6 "$wfx/matcher.log"; echo "ffff000000000080     0x00000010     Nope      fffff00000000068"
  tail -n +7 "$wfx/matcher.log"; } > "$t/big.log"
doubled "$t/big.log" 13
timeout 60 "$bin" "$wfx/matcher.sarif" "$t/big.log" > "$t/out" 2>"$t/err"; expect big-verifier-log 0 $?
totals big-verifier-log "8 static result(s): 3 confirmed, 3 ambiguous, 1 executed, 1 not reproduced; 16384 runtime-only result(s) added from 0 runtime event(s) and 90112 verifier record(s), 57344 of them matched"
grep -q '^CONFIRMED       PT008    drv.c:40  (16384 verifier records; exact: the block is freed twice in that function)$' "$t/out" && ok || bad "big-verifier-log: the double free is not confirmed"

# 2b. 500 leak results of one tag, 100000 outstanding blocks of it (a real
#    leak run of a driver that uses one tag): each block fits every result
#    (ambiguous); 116 s before, the pairs were cJSON edits.
{ printf '{"version": "2.1.0", "runs": [{"results": ['
  for i in $(seq 500); do
      [ "$i" -gt 1 ] && printf ','
      printf '{"ruleId": "PT005", "message": {"text": "memory allocated by ExAllocatePoolWithTag (tag '"'"'Drv1'"'"') is leaked"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "d.c"}, "region": {"startLine": %d}}, "logicalLocations": [{"name": "Fn%d"}]}]}\n' "$i" "$i"
  done
  printf ']}]}\n'; } > "$t/tag.sarif"
{ printf 'kd> !verifier 3 drv.sys\nPoolAddress  SizeInBytes    Tag       CallersAddress\n'
  seq 100000 | awk '{ printf "ffff%012x     0x00000010     Drv1      fffff00000000010 drv!FnZ+0x10\n", $1 }'; } > "$t/tag.log"
timeout 60 "$bin" "$t/tag.sarif" "$t/tag.log" > "$t/out" 2>"$t/err"; expect one-tag 0 $?
totals one-tag "500 static result(s): 0 confirmed, 500 ambiguous, 0 not reproduced; 0 runtime-only result(s) added from 0 runtime event(s) and 100000 verifier record(s), 100000 of them matched"
[ "$(grep -c '^AMBIGUOUS       PT005    d.c:[0-9]*  (100000 verifier records; ambiguous: tag only' "$t/out")" -eq 500 ] \
    && ok || bad "one-tag: not every result has the 100000 blocks"

# 2c. Issue 14's layouts, 16384 times over, every line behind DebugView's
#    prefix, non-breaking spaces in the rows: two drivers' blocks (the other
#    driver's skipped), a leak bug check each (64 read, then no more; the
#    table decides). Linear: the cleaning is one pass, a bug check is read
#    line by line, the scope a lookup.
{ printf 'nt!_VF_TARGET_DRIVER 0xffffd30c1f2e5a30: other.sys (Loaded)\n'
  printf '      Address             Length      Tag   Caller Address\n'
  printf '      0xffff000000000010\xc2\xa0 0x00000010  Drv1  0xfffff00000000010  other!Fn1+0x10\n'
  printf 'nt!_VF_TARGET_DRIVER 0xffffd30c1f2e5b30: drv.sys (Loaded and Unloaded)\n'
  printf '      Address             Length      Tag   Caller Address\n'
  printf '      0xffff000000000020\xc2\xa0 0x00000010  Drv1  0xfffff00000000020  drv!Fn2+0x10\n'
  printf 'DRIVER_VERIFIER_DETECTED_VIOLATION (c4)\nArg1: 0000000000000062, leak\nArg4: 0000000000000001, blocks\n'
  printf 'IMAGE_NAME:  drv.sys\n0: kd> g\n'; } | awk '{ printf "%d\t%.6f\t%s\n", NR, NR / 1000.0, $0 }' > "$t/layouts.log"
doubled "$t/layouts.log" 14
timeout 60 "$bin" "$t/tag.sarif" "$t/layouts.log" --module drv.sys > "$t/out" 2>"$t/err"; expect layouts-log 0 $?
totals layouts-log "500 static result(s): 1 confirmed, 499 not reproduced; 0 runtime-only result(s) added from 0 runtime event(s) and 16448 verifier record(s), 16384 of them matched; 16384 record(s) of other drivers skipped"
grep -q '^CONFIRMED       PT005    d.c:2  (16384 verifier records; exact: tag and function)$' "$t/out" && ok || bad "layouts-log: Fn2 not confirmed by its blocks"

# 3. Over the size limit (a sparse file: no disk used): refused before reading.
truncate -s 1025M "$t/huge.log"
timeout 60 "$bin" "$sarif" "$t/huge.log" > "$t/out" 2>"$t/err"; expect over-limit 2 $?
one_line over-limit "^${P}cannot open .*/huge.log: larger than the limit of 1 GiB$"
rm -f "$t/huge.log"

# 4. A FIFO as the log: refused at once, no wait for a writer.
mkfifo "$t/fifo.log"
timeout 20 "$bin" "$sarif" "$t/fifo.log" > "$t/out" 2>"$t/err"; expect fifo-log 2 $?
one_line fifo-log "^${P}cannot open .*/fifo.log: a FIFO$"

# 5. A NUL byte: the events after it are still read (before, errpath.c:14,
#    confirmed only by an event after the NUL, was "not reproduced"); a NUL
#    inside an event's line leaves that event whole.
{ head -3 "$log"; printf 'debugger \000 noise\n'; tail -n +4 "$log"; } > "$t/nul.log"
"$bin" "$sarif" "$t/nul.log" > "$t/out" 2>"$t/err"; expect nul-line 0 $?
totals nul-line "6 static result(s): 3 confirmed, 3 not reproduced; 4 runtime-only result(s) added from 9 runtime event(s)"
grep -q '^CONFIRMED       PT005    drivers/errpath.c:14' "$t/out" && ok || bad "nul-line: errpath.c:14 not confirmed"
{ head -c 120 "$log"; printf '\000'; tail -c +121 "$log"; } > "$t/nul2.log"
"$bin" "$sarif" "$t/nul2.log" > "$t/out" 2>"$t/err"; expect nul-in-event 0 $?
totals nul-in-event "6 static result(s): 3 confirmed, 3 not reproduced; 4 runtime-only result(s) added from 9 runtime event(s)"

# a UTF-16LE log (WinDbg's .logopen /u): ASCII text once the NULs are gone
if command -v iconv >/dev/null; then
    { printf '\377\376'; sed 's/$/\r/' "$wfx/matcher.log" | iconv -f UTF-8 -t UTF-16LE; } > "$t/u16.log"
    "$bin" "$wfx/matcher.sarif" "$t/u16.log" > "$t/out" 2>"$t/err"; expect utf16-log 0 $?
    totals utf16-log "8 static result(s): 3 confirmed, 3 ambiguous, 1 executed, 1 not reproduced; 1 runtime-only result(s) added from 0 runtime event(s) and 10 verifier record(s), 7 of them matched"
fi

# 6. Control characters in names from the SARIF and the log: escaped in the
#    text (\033, \r, \302\233 for U+009B), kept as they are in the SARIF.
cat > "$t/esc.sarif" <<'EOF'
{"version": "2.1.0", "runs": [{"results": [{"ruleId": "PT005", "message": {"text": "leak"},
 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a\u001b]0;x\u0007b\rc.c"}, "region": {"startLine": 3}}}]}]}]}
EOF
cat > "$t/esc.log" <<'EOF'
{"event":"leak","rule":"PT005","file":"a\u001b]0;x\u0007b\rc.c","line":3}
{"event":"leak","rule":"PT\u001b[2J","file":"z\u009b1mq\u202e.c","line":4}
EOF
"$bin" "$t/esc.sarif" "$t/esc.log" -o "$t/esc.out.sarif" > "$t/out" 2>"$t/err"; expect escapes 0 $?
no_controls escapes "$t/out"
grep -qF 'CONFIRMED       PT005    a\033]0;x\007b\rc.c:3  (1 runtime event)' "$t/out" && ok || bad "escapes: the confirmed result is not shown escaped"
grep -qF 'RUNTIME ONLY    PT\033[2J z\302\2331mq\342\200\256.c:4' "$t/out" && ok || bad "escapes: the runtime-only result is not shown escaped"
grep -qF '"a\u001b]0;x\u0007b\rc.c"' "$t/esc.out.sarif" && grep -qF '"z\u009b1mq\u202e.c"' "$t/esc.out.sarif" \
    && ok || bad "escapes: the SARIF does not hold the names as JSON escapes"
no_controls escapes-sarif "$t/esc.out.sarif"

# 7. -o: a write that fails leaves the earlier report whole, says why in one
#    line, exit 2, no temp file left.
mkdir "$t/r"
"$bin" "$sarif" "$log" -q -o "$t/r/c.sarif" 2>"$t/err"; expect first-report 0 $?
cp "$t/r/c.sarif" "$t/before.sarif"
[ "$(wc -c < "$t/before.sarif")" -gt 2048 ] && ok || bad "the report is too small for the size limit below"
(trap '' XFSZ; ulimit -f 1; exec "$bin" "$sarif" "$log" -q -o "$t/r/c.sarif") 2>"$t/err"; expect fsize-limit 2 $?
one_line fsize-limit "^${P}cannot write .*/r/c.sarif: File too large$"
cmp -s "$t/before.sarif" "$t/r/c.sarif" && ok || bad "fsize-limit: the earlier report was damaged"
# SIGXFSZ not ignored by the caller: the tool ignores it itself
(ulimit -f 1; exec "$bin" "$sarif" "$log" -q -o "$t/r/c.sarif") 2>"$t/err"; expect fsize-signal 2 $?
one_line fsize-signal "^${P}cannot write .*/r/c.sarif: File too large$"
cmp -s "$t/before.sarif" "$t/r/c.sarif" && ok || bad "fsize-signal: the earlier report was damaged"
[ "$(ls -A "$t/r")" = "c.sarif" ] && ok || bad "fsize: left behind: $(ls -A "$t/r")"
"$bin" "$sarif" "$log" -q -o /dev/full 2>"$t/err"; expect dev-full 2 $?
one_line dev-full "^${P}cannot write /dev/full: No space left on device$"
[ -c /dev/full ] && ok || bad "/dev/full is no longer a device"
"$bin" "$sarif" "$log" -q -o "$t/nodir/c.sarif" 2>"$t/err"; expect missing-folder 2 $?
one_line missing-folder "^${P}cannot write .*/nodir/c.sarif: No such file or directory$"
"$bin" "$sarif" "$log" -q -o "$t/r" 2>"$t/err"; expect out-is-folder 2 $?
one_line out-is-folder "^${P}cannot write .*/r: Is a directory$"
"$bin" "$sarif" "$log" > /dev/full 2>"$t/err"; expect stdout-full 2 $?
one_line stdout-full "^${P}cannot write to standard output$"
# a FIFO nobody reads (planted where the report goes): an error, not a hang
mkfifo "$t/r/fifo.sarif"
timeout 20 "$bin" "$sarif" "$log" -q -o "$t/r/fifo.sarif" 2>"$t/err"; expect out-fifo 2 $?
one_line out-fifo "^${P}cannot write .*/fifo.sarif: No such device or address$"
# a symlink to it is a symlink: replaced, not followed to the FIFO (or a device)
ln -s "$t/r/fifo.sarif" "$t/r/to-fifo.sarif"
timeout 20 "$bin" "$sarif" "$log" -q -o "$t/r/to-fifo.sarif" 2>"$t/err"; expect link-to-fifo 0 $?
[ -p "$t/r/fifo.sarif" ] && [ ! -L "$t/r/to-fifo.sarif" ] && cmp -s "$t/r/to-fifo.sarif" "$t/before.sarif" \
    && ok || bad "link-to-fifo: the link was followed"
# the standard output named on purpose is written in place: a pipe, and a
# redirected file through /dev/fd/1 (never a temp file and a rename in /dev
# or /proc: as root that would replace the /dev/stdout link itself)
"$bin" "$sarif" "$log" -q -o /dev/stdout 2>"$t/err" | cat > "$t/out"; expect dev-stdout-pipe 0 "${PIPESTATUS[0]}"
cmp -s "$t/out" "$t/before.sarif" && ok || bad "dev-stdout-pipe: not the report"
"$bin" "$sarif" "$log" -q -o /dev/fd/1 > "$t/out" 2>"$t/err"; expect dev-fd-file 0 $?
cmp -s "$t/out" "$t/before.sarif" && ok || bad "dev-fd-file: not the report"
# a symlink planted at the report's path is replaced, never written through
echo "victim" > "$t/victim"
ln -s "$t/victim" "$t/r/link.sarif"
"$bin" "$sarif" "$log" -q -o "$t/r/link.sarif" 2>"$t/err"; expect symlink 0 $?
[ "$(cat "$t/victim")" = "victim" ] && [ ! -L "$t/r/link.sarif" ] && cmp -s "$t/r/link.sarif" "$t/before.sarif" \
    && ok || bad "symlink: written through the link"

# 8. The report's mode follows the umask, like a compiler's output.
for u in 022:644 077:600 002:664; do
    rm -f "$t/r/m.sarif"
    (umask "${u%:*}"; exec "$bin" "$sarif" "$log" -q -o "$t/r/m.sarif") 2>"$t/err"; expect "umask ${u%:*}" 0 $?
    m=$(stat -c %a "$t/r/m.sarif")
    [ "$m" = "${u#*:}" ] && ok || bad "umask ${u%:*}: mode $m, expected ${u#*:}"
done

echo "$pass checks passed, $fail failed"
[ "$fail" -eq 0 ]
