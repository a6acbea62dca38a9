#!/usr/bin/env bash
# Reports that cannot be written: exit 2, one line, and never a partial file
# (an earlier report at that path stays whole). tests/cli checks -o into a
# missing folder.
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
no_tmp_left() {  # NAME DIR
    [ -z "$(ls -A "$2" | grep -vxE 'report\.sarif|mixed\.sarif')" ] && ok || bad "$1: left behind: $(ls -A "$2")"
}
mkdir -p "$t/r"
run first-report 1 --no-cache --format sarif -o "$t/r/report.sarif" "$good"
cp "$t/r/report.sarif" "$t/before.sarif"
run out-dev-full 2 --no-cache --format sarif -o /dev/full "$good"
err_lines out-dev-full 1 "^${P}cannot write /dev/full: No space left on device$"
[ -c /dev/full ] && ok || bad "/dev/full is no longer a device"
"$bin" --no-cache --format json "$good" >/dev/full 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "stdout-dev-full: exit $rc, expected 2"
err_lines stdout-dev-full 1 "^${P}cannot write the report to standard output$"
run out-is-dir 2 --no-cache -o "$t/r" "$good"
err_lines out-is-dir 1 "^${P}cannot write .*/r: Is a directory$"
# a write that fails half way (file size limit, SIGXFSZ ignored): units are
# made first, then only the report's write is limited
run units 0 --no-cache --summaries-only "$t/units" "$good"
(trap '' XFSZ; ulimit -f 2; exec "$bin" --link "$t/units" --format sarif -o "$t/r/report.sarif") 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "out-too-large: exit $rc, expected 2"
err_lines out-too-large 1 "^${P}cannot write .*report.sarif: File too large$"
cmp -s "$t/before.sarif" "$t/r/report.sarif" && ok || bad "out-too-large: the earlier report was damaged"
no_tmp_left out-too-large "$t/r"
# the same with the results of a bad file and a good one: still exit 2, report whole
run bad-and-good 2 --no-cache --format sarif -o "$t/r/mixed.sarif" "$t/missing.c" "$good"
err_lines bad-and-good 1 "^${P}.*missing.c: No such file or directory$"
good_kept bad-and-good "$t/r/mixed.sarif"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$t/r/mixed.sarif" && ok || bad "mixed.sarif is not JSON"
finish
