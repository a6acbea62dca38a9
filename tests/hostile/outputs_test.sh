#!/usr/bin/env bash
# Every report pooltrack-analyze writes (-o in each format and --inventory,
# --write-baseline, --stats-json, --summaries), issue 18: a write that fails
# half way (file size limit) leaves the earlier file whole, exit 2, one line,
# no temp file; mode 0666 & ~umask; a symlink or FIFO planted at the path is
# neither written through nor waited on. Text output shows control
# characters of file names and source text escaped, JSON as \u escapes,
# SARIF URIs percent-encoded: no raw ESC or CR reaches the terminal.
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
mkdir -p "$t/r"
run units 0 --no-cache --summaries-only "$t/units" "$good"
# the reports, as NAME:ARGS (FILE stands for the path); a --link of the units
# writes only that report (the others to /dev/null)
reports=(
    "sarif:--format sarif -o FILE"
    "json:--format json -o FILE"
    "text:--format text -o FILE"
    "inventory:--inventory -o FILE"
    "baseline:-o /dev/null --write-baseline FILE"
    "stats:-o /dev/null --stats-json FILE"
    "summaries:-o /dev/null --summaries FILE"
)
# report_to NAME FILE [PREFIX]: the report NAME to FILE by a --link, after
# PREFIX (a shell snippet: ulimit, umask, trap); stderr in $t/err through a
# pipe (a file would be limited too); the exit code in $rc; timeout: only a
# hang guard
report_to() {
    local name="$1" file="$2" prefix="${3:-:}" spec args
    for spec in "${reports[@]}"; do [ "${spec%%:*}" = "$name" ] && args="${spec#*:}"; done
    args="${args//FILE/$file}"
    # shellcheck disable=SC2086   # args is a list of words on purpose
    (eval "$prefix"; exec timeout 120 "$bin" --link "$t/units" $args 2>&1 >/dev/null) | cat > "$t/err"
    rc=${PIPESTATUS[0]}
}
left_over() {  # NAME: nothing but the reports in $t/r
    local extra; extra=$(ls -A "$t/r" | grep -v '^rep-')
    [ -z "$extra" ] && ok || bad "$1: left behind: $extra"
}

# 1. Atomic under a file size limit of 0 (any write fails): SIGXFSZ ignored
#    by the caller, then not (the tools ignore it themselves).
for spec in "${reports[@]}"; do
    n="${spec%%:*}"; f="$t/r/rep-$n"
    report_to "$n" "$f"
    [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] && [ -s "$f" ] && ok || bad "$n: first report: exit $rc"
    cp "$f" "$t/before"
    for how in "trap '' XFSZ; ulimit -f 0" "ulimit -f 0"; do
        report_to "$n" "$f" "$how"
        [ "$rc" -eq 2 ] && ok || bad "$n ($how): exit $rc, expected 2"
        err_lines "$n ($how)" 1 "^${P}(--write-baseline: )?cannot write $f: File too large$"
        cmp -s "$t/before" "$f" && ok || bad "$n ($how): the earlier report was damaged"
        left_over "$n ($how)"
    done
done

# 2. The mode follows the umask, like a compiler's output (mkstemp gave 0600).
for spec in "${reports[@]}"; do
    n="${spec%%:*}"; f="$t/r/rep-$n"
    for u in 022:644 077:600; do
        rm -f "$f"
        report_to "$n" "$f" "umask ${u%:*}"
        m=$(stat -c %a "$f" 2>/dev/null)
        [ "$m" = "${u#*:}" ] && ok || bad "$n: umask ${u%:*} gave mode '$m', expected ${u#*:}"
    done
done

# 3. A symlink planted at the path is replaced, never written through (also
#    one to a FIFO); a FIFO nobody reads is an error at once, not a hang.
for spec in "${reports[@]}"; do
    n="${spec%%:*}"; f="$t/r/rep-$n"
    echo victim > "$t/victim"
    rm -f "$f"; ln -s "$t/victim" "$f"
    report_to "$n" "$f"
    [ "$(cat "$t/victim")" = victim ] && [ -f "$f" ] && [ ! -L "$f" ] && ok || bad "$n: written through a symlink"
    rm -f "$f"; mkfifo "$f"
    report_to "$n" "$f"
    [ "$rc" -eq 2 ] && ok || bad "$n: FIFO: exit $rc, expected 2"
    err_lines "$n FIFO" 1 "^${P}(--write-baseline: )?cannot write $f: No such device or address$"
    # a symlink to a FIFO (or a device) is a symlink: replaced, not followed
    mv "$f" "$t/fifo"; ln -s "$t/fifo" "$f"
    report_to "$n" "$f"
    [ -p "$t/fifo" ] && [ -f "$f" ] && [ ! -L "$f" ] && ok || bad "$n: a symlink to a FIFO was followed (exit $rc)"
    rm -f "$f" "$t/fifo"
done
# the standard output named on purpose: written in place, also when it is a
# redirected file (/dev/fd/1: no temp file and rename in /dev or /proc)
timeout 120 "$bin" --link "$t/units" --format sarif -o /dev/fd/1 > "$t/fd1.sarif" 2>"$t/err"; rc=$?
[ "$rc" -eq 1 ] && grep -q '"PT005"' "$t/fd1.sarif" && ok || bad "-o /dev/fd/1: exit $rc or no report"

# 4. Control characters in a file name (ESC, BEL, CR, U+009B) and in source
#    text a note quotes (ESC): escaped in the text, \u escapes in JSON,
#    percent-encoded in SARIF URIs.
name="a$(printf '\033')]0;pwned$(printf '\007')b$(printf '\r')c$(printf '\302\233')d.c"
mkdir "$t/esc"
sed "s/if (info == NULL)/if (info == NULL || path[0] == '$(printf '\033')')/" "$good" > "$t/esc/$name"
grep -q "'$(printf '\033')'" "$t/esc/$name" && ok || bad "escapes: the source edit did not apply (test is void)"
no_controls() {  # NAME FILE: no C0 but tab and LF, no DEL, no C1 (UTF-8 C2 80..9F)
    if tr -d '\000-\010\013-\037\177' < "$2" | cmp -s - "$2" && ! LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$2"; then ok
    else bad "$1: a raw control character reached the output"; fi
}
for fmt in text json sarif; do
    (cd "$t/esc" && exec timeout 300 "$bin" --no-cache --format "$fmt" "$name" -- > "$t/esc.$fmt" 2>"$t/err"); rc=$?
    [ "$rc" -eq 1 ] && ok || bad "escapes $fmt: exit $rc, expected 1"
    no_controls "escapes $fmt" "$t/esc.$fmt"
done
grep -qF 'a\033]0;pwned\007b\rc\302\233d.c:' "$t/esc.text" && ok || bad "escapes text: the name is not shown escaped"
grep -qF "note: 'path[0] == '\\033'' is true" "$t/esc.text" && ok || bad "escapes text: the note is not shown escaped"
grep -q 'PT005' "$t/esc.text" && ok || bad "escapes text: the finding was lost"
grep -qF '"a\u001b]0;pwned\u0007b\rc\u009bd.c"' "$t/esc.json" && ok || bad "escapes json: the name is not \\u-escaped"
grep -qF '"a%1B%5D0%3Bpwned%07b%0Dc%C2%9Bd.c"' "$t/esc.sarif" && ok || bad "escapes sarif: the URI is not percent-encoded"
finish
