#!/usr/bin/env bash
# Hostile inputs a repository controls besides its sources (issue 18): the
# configuration, a baseline, the compile database, Pooltag.txt. Devices, FIFOs
# and huge files are one-line errors (exit 2) at once, not a hang or gigabytes;
# an exclude pattern cannot take exponential time; .pooltrack.json is taken
# from the project only, never from a folder above it; an error keeps its
# cause however long the path.
. "$(dirname "$0")/lib.sh"
validate="${3:-}"
P="pooltrack-analyze: "
# trun NAME WANT_RC ARGS...: run, guarded against a hang (a generous bound:
# the old readers took minutes or forever here, the new ones milliseconds)
trun() {
    local name="$1" want="$2"; shift 2
    timeout 60 "$bin" "$@" >"$t/out" 2>"$t/err"; local got=$?
    [ "$got" -ne 124 ] || { bad "$name: still running after 60 s"; return; }
    [ "$got" -eq "$want" ] && ok || bad "$name: exit $got, expected $want"
}
gooddb="$t/good.json"; db "$gooddb"

# 1. devices, FIFOs, sizes: every reader refuses in one line naming the input
ln -s /dev/zero "$t/zero.json"; mkfifo "$t/fifo.json"
trun config-dev-zero 2 --config "$t/zero.json" "$good"
err_lines config-dev-zero 1 "^${P}--config .*/zero.json: a device$"
trun config-fifo 2 --config "$t/fifo.json" "$good"
err_lines config-fifo 1 "^${P}--config .*/fifo.json: a FIFO$"
trun config-folder 2 --config "$t" "$good"
err_lines config-folder 1 "^${P}--config .*: a folder$"
trun baseline-dev-zero 2 --baseline "$t/zero.json" "$good"
err_lines baseline-dev-zero 1 "^${P}--baseline .*/zero.json: a device$"
trun baseline-fifo 2 --baseline "$t/fifo.json" "$good"
err_lines baseline-fifo 1 "^${P}--baseline .*/fifo.json: a FIFO$"
trun pooltag-dev-zero 2 --inventory --pooltag-file "$t/zero.json" "$good"
err_lines pooltag-dev-zero 1 "^${P}--pooltag-file .*/zero.json: a device$"
trun pooltag-fifo 2 --inventory --pooltag-file "$t/fifo.json" "$good"
err_lines pooltag-fifo 1 "^${P}--pooltag-file .*/fifo.json: a FIFO$"
trun compdb-dev-zero 2 -p "$t/zero.json"
err_lines compdb-dev-zero 1 "^${P}cannot read .*/zero.json: a device$"
trun compdb-fifo 2 -p "$t/fifo.json"
err_lines compdb-fifo 1 "^${P}cannot read .*/fifo.json: a FIFO$"
# the project's own .pooltrack.json as a symlink to /dev/zero: refused, not followed
mkdir -p "$t/zproj/.git"; ln -s /dev/zero "$t/zproj/.pooltrack.json"; db "$t/zproj/compile_commands.json"
trun found-config-symlink 2 -p "$t/zproj"
err_lines found-config-symlink 1 "^${P}configuration .*/zproj/.pooltrack.json: is a symbolic link \(not followed\)$"
# too big: sparse files (no disk used) are refused by their size, before reading
truncate -s 300M "$t/big-baseline.sarif"
truncate -s 600M "$t/big-db.json"; truncate -s 20M "$t/big-pooltag.txt"
# a real 11 MB configuration (70,000 allocators) took the old reader minutes (quadratic cache key)
python3 - "$t/big-config.json" <<'PY'
import json, sys
allocs = [{"name": "Alloc%05d_%s" % (i, "x" * 100), "family": "pool", "size_arg": 0} for i in range(70000)]
json.dump({"allocators": allocs}, open(sys.argv[1], "w"))
PY
trun config-12mb 2 --config "$t/big-config.json" "$good"
err_lines config-12mb 1 "^${P}--config .*/big-config.json: larger than the limit of 1 MiB$"
trun baseline-300mb 2 --baseline "$t/big-baseline.sarif" "$good"
err_lines baseline-300mb 1 "^${P}--baseline .*/big-baseline.sarif: larger than the limit of 256 MiB$"
trun compdb-600mb 2 -p "$t/big-db.json"
err_lines compdb-600mb 1 "^${P}cannot read .*/big-db.json: larger than the limit of 512 MiB$"
trun pooltag-20mb 2 --inventory --pooltag-file "$t/big-pooltag.txt" "$good"
err_lines pooltag-20mb 1 "^${P}--pooltag-file .*/big-pooltag.txt: larger than the limit of 16 MiB$"
# a config of allocators just under the limit is read fast (the cache key was
# rebuilt per allocator: quadratic) and used
python3 - "$t/many.json" <<'PY'
import json, sys
allocs = [{"name": "Alloc%05d_%s" % (i, "x" * 100), "family": "pool", "size_arg": 0} for i in range(6000)]
json.dump({"allocators": allocs, "rules": {"PT005": "error"}}, open(sys.argv[1], "w"))
PY
[ "$(stat -c %s "$t/many.json")" -lt 1048576 ] && ok || bad "many.json is not under 1 MiB"
trun many-allocators 1 --no-cache --config "$t/many.json" "$good"
err_lines many-allocators 0 ""
grep -q "error: .*\[PT005\]" "$t/out" && ok || bad "many-allocators: the config's rules level was not applied"

# 2. exclude patterns: a pattern that was exponential finishes, same answers
seg=$(printf 'a%.0s' $(seq 200))
mkdir -p "$t/gproj/.git" "$t/gproj/$seg"
cp "$good" "$t/gproj/$seg/${seg}.c"
printf '[{"directory": "%s", "file": "%s", "arguments": ["cc", "-c", "%s"]}]\n' \
    "$t/gproj" "$t/gproj/$seg/${seg}.c" "$t/gproj/$seg/${seg}.c" > "$t/gproj/compile_commands.json"
printf '{"exclude": ["*a*a*a*a*a*a*a*a*b", "**a**a**a**a**a**a**a**a**b", "*/*a*a*a*a*a*a*a*a*b"]}\n' > "$t/gproj/.pooltrack.json"
trun glob-no-match 1 -p "$t/gproj" --no-cache
good_kept glob-no-match
printf '{"exclude": ["*a*a*a*a*a*a*a*a*b", "*a*a*a*a*a*a*a*a*/*a*a*a*a*a*a*a*a*.c"]}\n' > "$t/gproj/.pooltrack.json"
trun glob-match 0 -p "$t/gproj" --no-cache
grep -q PT005 "$t/out" && bad "glob-match: the matching pattern did not exclude the file" || ok

# 3 and 5. a .pooltrack.json above the project is never read. Each case
# plants {"exclude": ["/**"]} (silences everything) where it must be ignored.
silence='{"exclude": ["/**"]}'
# (a) a parent folder, no repository anywhere: only the database's folder counts
# (not when the temporary folder is itself inside a repository: then $t/up is too)
if top=$(git -C "$t" rev-parse --show-toplevel 2>/dev/null); then
    echo "SKIP parent-no-repo, parent-from-cwd: $t is inside the repository $top"
else
    mkdir -p "$t/up/proj/build" "$t/up/proj/src"; db "$t/up/proj/build/compile_commands.json"
    printf '%s\n' "$silence" > "$t/up/.pooltrack.json"; printf '%s\n' "$silence" > "$t/up/proj/.pooltrack.json"
    trun parent-no-repo 1 -p "$t/up/proj/build" --no-cache --stats
    good_kept parent-no-repo
    grep -qx "pooltrack: configuration: none" "$t/err" && ok || bad "parent-no-repo: --stats does not say 'configuration: none'"
    # ... nor from the current folder without a database
    (cd "$t/up/proj/src" && timeout 60 "$bin" --no-cache "$good" >"$t/out" 2>"$t/err"); rc=$?
    [ $rc -eq 1 ] && ok || bad "parent-from-cwd: exit $rc, expected 1"
    good_kept parent-from-cwd
fi
# (b) above the repository root: the walk stops at the folder holding .git
printf '%s\n' "$silence" > "$t/up/.pooltrack.json"
mkdir -p "$t/up/repo/.git" "$t/up/repo/build"; db "$t/up/repo/build/compile_commands.json"
trun above-repo 1 -p "$t/up/repo/build" --no-cache
good_kept above-repo
# (c) a .git planted in a folder anyone can write (/tmp): the walk stops below it
mkdir -p "$t/ww/proj/build"; chmod 1777 "$t/ww"; mkdir "$t/ww/.git"
printf '%s\n' "$silence" > "$t/ww/.pooltrack.json"; db "$t/ww/proj/build/compile_commands.json"
trun world-writable-parent 1 -p "$t/ww/proj/build" --no-cache
good_kept world-writable-parent
# (d) control: the repository root's own config is used (the assertions above can fail)
printf '%s\n' "$silence" > "$t/up/repo/.pooltrack.json"
trun repo-root-config 0 -p "$t/up/repo/build" --no-cache --stats
grep -q PT005 "$t/out" && bad "repo-root-config: the repository's exclude was not applied" || ok
grep -qx "pooltrack: configuration: $t/up/repo/.pooltrack.json" "$t/err" && ok || bad "repo-root-config: --stats does not name the file"
# (e) a .git of another user above the project (as root only: chown)
if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$t/other/.git" "$t/other/proj/build"; chown 65534 "$t/other/.git"
    printf '%s\n' "$silence" > "$t/other/.pooltrack.json"; db "$t/other/proj/build/compile_commands.json"
    trun foreign-git 1 -p "$t/other/proj/build" --no-cache
    good_kept foreign-git
else
    echo "SKIP foreign-git: needs root to chown"
fi

# SARIF records the configuration used (and still validates)
printf '{"rules": {"PT005": "error"}}\n' > "$t/up/repo/.pooltrack.json"
trun sarif-config 1 -p "$t/up/repo/build" --no-cache --format sarif --srcroot "$t/up/repo" -o "$t/cfg.sarif"
python3 - "$t/cfg.sarif" <<'PY' && ok || bad "sarif-config: invocations[0].properties.configuration is not .pooltrack.json"
import json, sys
inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
loc = inv["properties"]["configuration"]
sys.exit(0 if loc == {"uri": ".pooltrack.json", "uriBaseId": "%SRCROOT%"} else 1)
PY
if [ -n "$validate" ]; then
    bash "$validate" "$t/cfg.sarif" >"$t/val" 2>&1 && ok || { bad "sarif-config: does not validate"; head -5 "$t/val"; }
fi

# 4. a long path does not cut the cause off an error line
long="$t"; for i in 1 2 3 4 5 6; do long="$long/$(printf 'd%.0s' $(seq 200))"; done
mkdir -p "$long"; mkfifo "$long/fifo.json"
printf '{"version": "2.1.0"}\n' > "$long/notsarif.sarif"; printf '[{"directory": ' > "$long/bad.json"
printf '{"rules": {"PT099": "off"}}\n' > "$long/badkey.json"
trun long-config-fifo 2 --config "$long/fifo.json" "$good"
err_lines long-config-fifo 1 "^${P}--config .*\.\.\..*/fifo.json: a FIFO$"
trun long-baseline 2 --baseline "$long/notsarif.sarif" "$good"
err_lines long-baseline 1 "^${P}--baseline .*notsarif.sarif: not a SARIF 2.1.0 log with a run$"
trun long-compdb 2 -p "$long/bad.json"
err_lines long-compdb 1 "^${P}.*/bad.json: invalid JSON near byte [0-9]+$"
trun long-config-key 2 --config "$long/badkey.json" "$good"
err_lines long-config-key 1 "^${P}.*badkey.json: \"rules.PT099\": no such rule$"
[ "$(wc -c < "$t/err")" -le 1100 ] && ok || bad "long-config-key: error line longer than the buffer"

# WPP scan: a FIFO or device named like a header next to the source is skipped
mkdir -p "$t/wpp/.git"; cp "$good" "$t/wpp/drv.c"; mkfifo "$t/wpp/trace.h"; ln -s /dev/zero "$t/wpp/zero.h"
trun wpp-fifo-header 1 --no-cache "$t/wpp/drv.c"
good_kept wpp-fifo-header
finish
