#!/usr/bin/env bash
# Drivers are told apart by what builds them, not by the compile directory:
# a.c and b.c are two drivers that both keep g_Buf and g_Log; A's unload frees
# only g_Log, B's only g_Buf. Linked as one driver each one's free hides the
# other's leak; apart, each has its own PT006.
. "$(dirname "$0")/lib.sh"
fx="$(cd "$(dirname "$0")/fixtures/one_build_folder" && pwd)"
# got NAME WANT: the PT006 findings of the last run ($t/out.json), "file:line ..." sorted
got() {
    local have
    have=$(python3 - "$t/out.json" <<'PY'
import json, sys
fs = json.load(open(sys.argv[1]))["findings"]
print(" ".join(sorted("%s:%d" % (f["file"].split("/")[-1], f["line"]) for f in fs if f["rule"] == "PT006")))
PY
)
    [ "$have" = "$2" ] && ok || bad "$1: PT006 at '$have', want '$2'"
}
entry() {  # FILE OUTPUT-or-"" EXTRA-JSON
    printf '{"directory": "%s", "file": "%s", "arguments": ["cl.exe", "/kernel", "/c", "%s"]%s%s}' \
           "$t/build" "$fx/$1" "$fx/$1" "${2:+, \"output\": \"$2\"}" "${3:-}"
}
mkdir -p "$t/build"
both="a.c:16 b.c:17"

# CMake/Ninja: two targets, one build folder (one "directory"), told by "output"
{ echo "["; entry a.c "CMakeFiles/drvA.dir/a.c.obj"; echo ","; entry b.c "CMakeFiles/drvB.dir/b.c.obj"; echo "]"; } > "$t/cc.json"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
got "cmake targets by output" "$both"
# the SARIF names the drivers' modules (runs[0].properties.pooltrackDriverModules),
# for pooltrack-confirm to scope Driver Verifier's records by
modules() {  # NAME WANT: the property of $t/out.sarif, space separated
    local have
    have=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["runs"][0].get("properties", {}).get("pooltrackDriverModules", ["(none)"])))' "$t/out.sarif")
    [ "$have" = "$2" ] && ok || bad "$1: pooltrackDriverModules '$have', want '$2'"
}
"$bin" -p "$t/cc.json" --no-cache --format sarif -o "$t/out.sarif" 2>"$t/err"
modules "cmake targets" "drvA drvB"
# Windows style output paths (backslashes) name the same targets
{ echo "["; entry a.c 'CMakeFiles\\\\drvA.dir\\\\a.c.obj'; echo ","; entry b.c 'CMakeFiles\\\\drvB.dir\\\\b.c.obj'; echo "]"; } > "$t/cc.json"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
got "output with backslashes" "$both"
# pooltrack-compdb records each entry's .vcxproj
{ echo "["; entry a.c "" ', "vcxproj": "/src/a/A.vcxproj"'; echo ","; entry b.c "" ', "vcxproj": "/src/b/B.vcxproj"'; echo "]"; } > "$t/cc.json"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
got "vcxproj" "$both"
"$bin" -p "$t/cc.json" --no-cache --format sarif -o "$t/out.sarif" 2>"$t/err"
modules "vcxproj" "A B"
# nothing says: one directory is one driver (the frees hide both leaks)
{ echo "["; entry a.c ""; echo ","; entry b.c ""; echo "]"; } > "$t/cc.json"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
got "one directory, nothing else" ""
"$bin" -p "$t/cc.json" --no-cache --format sarif -o "$t/out.sarif" 2>"$t/err"
modules "one directory" "build"
# .pooltrack.json "drivers" (next to the database) tells them apart
printf '{"drivers": [{"name": "A", "files": ["%s/a.c"]}, {"name": "B", "files": ["%s/b.c"]}]}\n' "$fx" "$fx" > "$t/.pooltrack.json"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
got "config drivers" "$both"
rm "$t/.pooltrack.json"

# without a database every file is its own driver...
cd "$t/build" || exit 1
"$bin" --format json -o "$t/out.json" "$fx/a.c" "$fx/b.c" 2>"$t/err"
got "files without a database" "$both"
grep -q "BUnload" "$t/out.json" && grep -q "/a\.c " <(python3 -c 'import json,sys; [print(f["file"], f["message"]) for f in json.load(open(sys.argv[1]))["findings"]]' "$t/out.json" | grep BUnload) \
    && bad "PT006 in a.c names b.c's unload routine" || ok
# ...unless the command line (--one-driver) or the configuration names them together
"$bin" --one-driver --format json -o "$t/out.json" "$fx/a.c" "$fx/b.c" 2>"$t/err"
got "--one-driver" ""
printf '{"drivers": [{"name": "AB", "files": ["%s/*.c"]}]}\n' "$fx" > "$t/build/.pooltrack.json"
"$bin" --format json -o "$t/out.json" "$fx/a.c" "$fx/b.c" 2>"$t/err"
got "files named together" ""
# a bad "drivers" entry is one line naming the key
echo '{"drivers": [{"name": "X"}]}' > "$t/build/.pooltrack.json"
"$bin" "$fx/a.c" >/dev/null 2>"$t/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q 'drivers\[0\]' "$t/err" && ok || bad "bad drivers entry: exit $rc, $(head -1 "$t/err")"
finish
