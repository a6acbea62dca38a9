#!/usr/bin/env bash
# A repository that plants files in the in-tree cache (.pooltrack-cache/ next
# to its compile database): symlinks where the tool writes, forged units,
# units that point at endless or huge files, a cache folder that is a symlink
# or cannot be written. Nothing may be written outside the cache, no finding
# hidden or invented, every run ends with the good file's finding.
. "$(dirname "$0")/lib.sh"
export XDG_CONFIG_HOME="$t/config"   # this test's own cache key, not the user's
p="$t/proj"; c="$p/.pooltrack-cache"; mkdir -p "$p"
cp "$good" "$p/leak.c"
printf '[{"directory": "%s", "file": "%s/leak.c", "arguments": ["cc", "-c", "leak.c"]}]\n' "$p" "$p" > "$p/compile_commands.json"
stats() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$t/stats" "$1"; }
said() {  # NAME REGEX: the report carries exactly one line matching REGEX, and stderr is empty
    [ "$(grep -cE -- "$2" "$t/out")" = 1 ] && ok || bad "$1: the report does not say '$2'"
    err_lines "$1" 0 .
}
analyse() {  # NAME WANT_RC: a run over the project; stats in $t/stats
    run "$1" "$2" -p "$p" --stats-json "$t/stats"
}
analyse cold 1; good_kept cold
[ -f "$XDG_CONFIG_HOME/pooltrack/cache-key" ] && ok || bad "no per-user cache key was made"
[ "$(stat -c %a "$XDG_CONFIG_HOME/pooltrack/cache-key")" = 600 ] && ok || bad "the cache key is not private"
unit=$(ls "$c"/*.unit.json); key=$(basename "$unit" .unit.json)
cp "$unit" "$t/unit.orig"
analyse warm 1; [ "$(stats from_cache)" = 1 ] && ok || bad "warm: the cache was not used"

# 1. symlinks where the tool writes: the worker's log, the unit itself, the
# shared PCH's folder. Their targets must stay untouched.
echo untouched > "$t/victim"
ln -s "$t/victim" "$c/$key.unit.json.log"
rm "$unit"; ln -s "$t/victim" "$unit"
mkdir "$t/elsewhere"; rm -rf "$c/pch"; ln -s "$t/elsewhere" "$c/pch"
analyse symlinks 1; good_kept symlinks
[ "$(cat "$t/victim")" = untouched ] && ok || bad "symlinks: a file outside the cache was written"
[ -z "$(ls -A "$t/elsewhere")" ] && ok || bad "symlinks: the PCH folder symlink was followed"
[ -f "$unit" ] && [ ! -L "$unit" ] && ok || bad "symlinks: the planted unit symlink was not replaced"
rm -f "$c/pch" "$c/$key.unit.json.log"

# 2. forged units: another unit's IR (no finding), notes at any path, no
# deps; without this user's key none of them is used.
forge() {  # PYTHON-EDIT: rewrite the unit as a repository could
    python3 - "$t/unit.orig" "$unit" "$1" <<'PY'
import json, sys
u = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(u, open(sys.argv[2], "w"))
PY
}
forge 'u["ir"]["funcs"] = []'
analyse forged-ir 1; good_kept forged-ir
[ "$(stats from_cache)" = 0 ] && ok || bad "forged-ir: a unit without a valid MAC was used"
forge 'u["notes"].append([1, "/etc/passwd", 30, "planted"]); u["deps"] = []'
analyse forged-notes 1; good_kept forged-notes
grep -q "passwd\|planted" "$t/out" "$t/err" && bad "forged-notes: a planted note reached the report" || ok

# 3. units this user's key did sign (made here with the key, as a stand-in
# for a stale or damaged entry): deps that omit the source, a dep on
# /dev/zero or a FIFO. None is current; none hangs the run.
sign() {  # PYTHON-EDIT: the edit, then a valid MAC
    python3 - "$t/unit.orig" "$unit" "$XDG_CONFIG_HOME/pooltrack/cache-key" "$1" <<'PY'
import hashlib, hmac, json, sys
u = json.load(open(sys.argv[1]))
exec(sys.argv[4])
u.pop("mac", None)
rest = json.dumps(u, separators=(",", ":"))[1:]
key = hashlib.sha256(open(sys.argv[3], "rb").read()).digest()
mac = hmac.new(key, rest.encode(), hashlib.sha256).hexdigest()
open(sys.argv[2], "w").write('{"mac":"%s",%s' % (mac, rest))
PY
}
sign 'pass'
analyse signed 1; [ "$(stats from_cache)" = 1 ] && ok || bad "signed: a unit with a valid MAC was not used (the test's signing is wrong)"
sign 'u["ir"]["funcs"] = []; u["deps"] = []'
analyse no-deps 1; good_kept no-deps
[ "$(stats from_cache)" = 0 ] && ok || bad "no-deps: a unit that does not list its source was used"
mkfifo "$t/fifo"
for dev in /dev/zero "$t/fifo"; do
    sign "u['ir']['funcs'] = []; u['deps'].append(['$dev', 0, '0', '0'])"
    timeout 60 "$bin" -p "$p" --stats-json "$t/stats" >"$t/out" 2>"$t/err"; rc=$?
    [ $rc -eq 1 ] && ok || bad "dep on $dev: exit $rc, expected 1"
    good_kept "dep on $dev"
done

# 4. a unit symlinked to a huge sparse file: not read, the TU parsed again
rm -f "$unit"; truncate -s 1T "$t/huge" && ln -s "$t/huge" "$unit"
analyse huge 1; good_kept huge
err_lines huge 0 .

# 5. the cache folder itself a symlink: not followed, one warning
rm -rf "$c"; mkdir "$t/target"; ln -s "$t/target" "$c"
analyse cache-symlink 1; good_kept cache-symlink
said cache-symlink "^pooltrack: warning: the cache folder .* is a symbolic link \(not followed\); running without a cache$"
[ -z "$(ls -A "$t/target")" ] && ok || bad "cache-symlink: files written through the symlink"
rm "$c"

# 6. a cache that cannot take a unit: results kept, one warning with the cause
mkdir -p "$c"; mkdir "$c/$key.unit.json"   # rename() onto a folder fails
analyse unwritable-unit 1; good_kept unwritable-unit
said unwritable-unit "^pooltrack: warning: the cache folder .* could not take the results of 1 file\(s\); it said: cannot write .*; they were analysed without caching them$"
rm -rf "$c"
if [ "$(id -u)" -ne 0 ]; then as=(); elif command -v setpriv >/dev/null; then
    as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); else as=(none); fi
if [ "${as[0]:-}" != none ]; then   # a read-only cache folder (root writes anyway)
    ro="$t/ro"; mkdir -p "$ro/.pooltrack-cache" "$ro/home"; cp "$good" "$ro/leak.c"
    printf '[{"directory": "%s", "file": "%s/leak.c", "arguments": ["cc", "-c", "leak.c"]}]\n' "$ro" "$ro" > "$ro/compile_commands.json"
    chmod 555 "$ro/.pooltrack-cache"; chmod 777 "$ro/home"; chmod 755 "$t" "$ro"
    HOME="$ro/home" XDG_CONFIG_HOME="$ro/home" TMPDIR="$ro/home" "${as[@]}" "$bin" -p "$ro" >"$t/out" 2>"$t/err"; rc=$?
    [ $rc -eq 1 ] && ok || bad "read-only cache: exit $rc, expected 1"
    good_kept read-only-cache
    said read-only-cache "^pooltrack: warning: cannot write to the cache folder .*: Permission denied; running without a cache$"
else
    echo "SKIP read-only cache: running as root without setpriv"
fi

# 7. a planted precompiled header: two files that share <ntddk.h> get one;
# replaced by other bytes (or its deps file by a forged one), it is built
# again, never loaded.
q="$t/pchproj"; qc="$q/.pooltrack-cache"; mkdir -p "$q"
for f in a b; do
    printf '#include <ntddk.h>\nVOID F_%s(VOID) { PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); (void)p; }\n' $f > "$q/$f.c"
done
printf '[{"directory": "%s", "file": "a.c", "arguments": ["cc", "-c", "a.c"]}, {"directory": "%s", "file": "b.c", "arguments": ["cc", "-c", "b.c"]}]' "$q" "$q" > "$q/compile_commands.json"
pch_run() {  # NAME: a run after a.c and b.c changed; stats in $t/stats
    for f in a b; do echo "/* $1 */" >> "$q/$f.c"; done
    run "$1" 1 -p "$q" --stats-json "$t/stats"
}
pch_field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['precompiled_headers'][sys.argv[2]])" "$t/stats" "$1"; }
pch_run pch-cold
[ "$(pch_field built)" = 1 ] && ok || bad "pch-cold: no shared PCH (the test's premise)"
pch_run pch-warm
[ "$(pch_field built)" = 0 ] && [ "$(pch_field translation_units)" = 2 ] && ok || bad "pch-warm: the PCH was not reused"
pchf=$(ls "$qc"/pch/*.pch); deps=$(ls "$qc"/pch/*.deps)
echo planted >> "$pchf"
pch_run pch-planted
[ "$(pch_field built)" = 1 ] && ok || bad "pch-planted: a changed PCH was loaded without being built again"
grep -q planted "$pchf" && bad "pch-planted: the planted PCH is still there" || ok
sed -i 's/^mac .*/mac 0000000000000000000000000000000000000000000000000000000000000000/' "$deps"
pch_run pch-forged-deps
[ "$(pch_field built)" = 1 ] && ok || bad "pch-forged-deps: a deps file without a valid MAC was trusted"
finish
