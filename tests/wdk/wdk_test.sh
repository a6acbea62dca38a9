#!/usr/bin/env bash
# --wdk with a fake kit laid out as a real one (tests/wdk/fakewdk: two
# versions, KMDF, headers included in another case than on disk): the newest
# version or --wdk-version, WDKContentRoot, the compile database's own WDK
# folders through --path-map, a bad --wdk, and cache keys per WDK.
set -u
bin="$1"; here="$(cd "$(dirname "$0")" && pwd)"
kit="$here/fakewdk/Windows Kits/10"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
unset WDKContentRoot
cp -r "$here/drv" "$t/drv"
drv="$t/drv"
run() {  # expected-exit args...
    local want="$1"; shift
    "$bin" "$@" >"$t/out" 2>"$t/err"; local got=$?
    [ "$got" -eq "$want" ] && ok || { bad "exit $got, expected $want: $*"; head -5 "$t/err"; }
}
# stats.json: python expression over s (the stats) must hold
check() {  # what expression [argv[3]]
    python3 - "$t/stats.json" "$2" "${3:-}" <<'PY' && ok || bad "$1: $2"
import json, sys
s = json.load(open(sys.argv[1]))
h = s["headers"]
if not eval(sys.argv[2]):
    print("  stats:", json.dumps({k: s[k] for k in ("headers", "parse_errors", "functions", "functions_with_parse_errors", "from_cache")}))
    sys.exit(1)
PY
}
A=(--no-cache --format json -o "$t/findings.json" --stats-json "$t/stats.json")

# the kit's root: the newest version, the newest KMDF, no parse error
run 1 "${A[@]}" --wdk "$kit" "$drv/driver.c" -- -I "$drv/inc"
check "newest version" 'h["kind"] == "wdk" and h["version"] == "10.0.22000.0" and h["source"] == "--wdk"'
check "newest KMDF" 'h["kmdf"].endswith("/wdf/kmdf/1.33")'
check "parses clean" 's["parse_errors"] == 0 and s["functions"] == 3 and s["functions_with_parse_errors"] == 0'
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]; sys.exit(not [x for x in f if x["rule"] == "PT005" and x["function"] == "Leaky"] or len(f) != 1)' "$t/findings.json" \
    && ok || { bad "one PT005 in Leaky with the real headers"; cat "$t/findings.json" | head -30; }

# --wdk-version: the older kit lacks FakeAllocateNewer
run 1 "${A[@]}" -j 2 --wdk "$kit" --wdk-version 10.0.19041.0 "$drv/driver.c" -- -I "$drv/inc"
check "--wdk-version" 'h["version"] == "10.0.19041.0" and s["functions_with_parse_errors"] == 1'
# one Include/<version> folder, and the folder above "Windows Kits"
run 1 "${A[@]}" --wdk "$kit/Include/10.0.19041.0" "$drv/driver.c" -- -I "$drv/inc"
check "Include/<version> given" 'h["version"] == "10.0.19041.0"'
run 1 "${A[@]}" --wdk "$here/fakewdk" "$drv/driver.c" -- -I "$drv/inc"
check "folder above Windows Kits" 'h["version"] == "10.0.22000.0"'
run 1 "${A[@]}" --wdk "$kit/include" "$drv/driver.c" -- -I "$drv/inc"
check "the kit's Include folder, in another case" 'h["version"] == "10.0.22000.0" and h["path"] == sys.argv[3] + "/Include/10.0.22000.0"' "$kit"
# --no-wdk: the supplement
run 1 "${A[@]}" --no-wdk "$drv/driver.c" -- -I "$drv/inc"
check "--no-wdk" 'h == {"kind": "supplement"}'
run 1 "${A[@]}" --wdk-version 10.0.22000.0 "$drv/driver.c" -- -I "$drv/inc"
check "--wdk-version alone" 'h == {"kind": "supplement"}'
grep -q "^pooltrack-analyze: --wdk-version 10.0.22000.0: no WDK found" "$t/err" && ok || bad "--wdk-version without a WDK is said"

# WDKContentRoot, also as a Windows path read through --path-map
WDKContentRoot="$kit" run 1 "${A[@]}" "$drv/driver.c" -- -I "$drv/inc"
check "WDKContentRoot" 'h["source"] == "WDKContentRoot" and h["version"] == "10.0.22000.0"'
WDKContentRoot='C:\Program Files (x86)\Windows Kits\10\' run 1 "${A[@]}" \
    --path-map "c:\\Program Files (x86)\\Windows Kits=$here/fakewdk/Windows Kits" "$drv/driver.c" -- -I "$drv/inc"
check "WDKContentRoot through --path-map" 'h["source"] == "WDKContentRoot"'
WDKContentRoot=/nonexistent run 1 "${A[@]}" "$drv/driver.c" -- -I "$drv/inc"
check "a stale WDKContentRoot falls back" 'h["kind"] == "supplement"'
grep -q "WDKContentRoot: /nonexistent is not a folder" "$t/err" && ok || bad "a stale WDKContentRoot is said"

# a compile database written on Windows: its paths mapped, its WDK found
mkdir -p "$t/db"
cat > "$t/db/compile_commands.json" <<'JSON'
[{"directory": "C:\\src\\MyDrv",
  "arguments": ["cl.exe", "/c", "/kernel", "/I", "C:\\Program Files (x86)\\Windows Kits\\10\\Include\\10.0.19041.0\\km",
                "-I\"C:/Program Files (x86)/Windows Kits/10/Include/10.0.19041.0/shared\"", "@C:\\src\\MyDrv\\flags.rsp",
                "C:\\src\\MyDrv\\driver.c"],
  "file": "driver.c"}]
JSON
# "command" strings keep the quotes: the second -I is written as a shell would pass it
sed -i 's/-I\\"\(C:[^"]*\)\\"/-I\1/' "$t/db/compile_commands.json"
M=(--path-map 'C:\src\MyDrv'="$drv" --path-map "C:/Program Files (x86)/Windows Kits=$here/fakewdk/Windows Kits")
run 1 "${A[@]}" -p "$t/db" "${M[@]}"
check "the database's WDK" 'h["source"] == "compile database" and h["version"] == "10.0.19041.0" and s["functions"] == 3'
check "mapped and parsed" 's["functions_with_parse_errors"] == 1 and s["parse_errors"] == 1'
run 1 "${A[@]}" -p "$t/db" "${M[@]}" --wdk "$kit"
check "--wdk over the database's WDK" 'h["version"] == "10.0.22000.0" and s["functions_with_parse_errors"] == 0'
run 1 "${A[@]}" -p "$t/db" "${M[@]}" --wdk-version 10.0.22000.0
check "--wdk-version: another version of the database's kit" 'h["source"] == "compile database" and h["version"] == "10.0.22000.0"'
# --no-wdk: the database's WDK folders are left out, not mixed with the supplement
PT_SHOW_PARSE_ERRORS=1 run 1 "${A[@]}" -p "$t/db" "${M[@]}" --no-wdk
check "--no-wdk over the database's WDK" 'h["kind"] == "supplement"'
grep -q "fakewdk" "$t/err" && { bad "the database's WDK headers were read with --no-wdk"; grep fakewdk "$t/err" | head -3; } || ok
run 2 --no-cache -p "$t/db"
grep -q "driver.c" "$t/err" && ok || bad "without --path-map the Windows source is named as not found"

# a bad --wdk or --path-map: one line, exit 2
bad_usage() {  # pattern args...
    local pat="$1"; shift
    run 2 --no-cache "$@" "$drv/driver.c"
    [ "$(wc -l < "$t/err")" -eq 1 ] && grep -q "^pooltrack-analyze: .*$pat" "$t/err" && ok || { bad "one line '$pat' for $*"; cat "$t/err"; }
}
bad_usage "--wdk: /nonexistent is not a folder" --wdk /nonexistent
bad_usage "is not a WDK: no Include/<version>/km/wdm.h or km/ntddk.h" --wdk "$here/drv"
bad_usage "has no WDK version 9.9 (it has .*10.0.19041.0" --wdk "$kit" --wdk-version 9.9
bad_usage "is WDK version 10.0.19041.0, not 10.0.22000.0" --wdk "$kit/Include/10.0.19041.0" --wdk-version 10.0.22000.0
bad_usage "--path-map wants FROM=TO" --path-map nope
bad_usage "--no-wdk excludes" --no-wdk --wdk "$kit"

# the WDK is part of every cache key: switching never reuses a unit
C=(--cache-dir "$t/cache" --format json -o "$t/findings.json" --stats-json "$t/stats.json" "$drv/driver.c" -- -I "$drv/inc")
run 1 --wdk "$kit" --wdk-version 10.0.19041.0 "${C[@]}"
check "first run parses" 's["from_cache"] == 0 and s["functions_with_parse_errors"] == 1'
run 1 --wdk "$kit" "${C[@]}"
check "another WDK version: parsed again" 's["from_cache"] == 0 and s["functions_with_parse_errors"] == 0'
run 1 --wdk "$kit" "${C[@]}"
check "the same WDK: from the cache" 's["from_cache"] == 1'
run 1 --no-wdk "${C[@]}"
check "the supplement: parsed again" 's["from_cache"] == 0'

# SARIF and --stats name the headers
run 1 --no-cache --format sarif --wdk "$kit" "$drv/driver.c" -- -I "$drv/inc"
python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]["properties"]["headers"]; sys.exit(h["version"] != "10.0.22000.0")' "$t/out" \
    && ok || bad "SARIF invocation properties name the WDK"
run 1 --no-cache --stats --wdk "$kit" "$drv/driver.c" -- -I "$drv/inc"
grep -q "^pooltrack: headers: WDK 10.0.22000.0 (.*/Include/10.0.22000.0, KMDF .*1.33, from --wdk)" "$t/err" && ok || bad "--stats names the WDK"
# a miniport built for a newer NDIS than the kit knows (NDIS685 against a
# kit that stops at 6.80): it also gets the kit's newest, so ndis.h parses
cat >"$t/ndisdrv.c" <<'C'
#include <ndis.h>
PNET_BUFFER_LIST Next(PNET_BUFFER_LIST l) { return l->Next; }
C
run 0 "${A[@]}" --wdk "$kit" "$t/ndisdrv.c" -- -DNDIS_MINIPORT_DRIVER -DNDIS685_MINIPORT=1
check "NDIS newer than the kit" 's["parse_errors"] == 0 and s["functions"] == 1 and s["functions_with_parse_errors"] == 0'
run 0 "${A[@]}" --wdk "$kit" "$t/ndisdrv.c" -- -DNDIS_MINIPORT_DRIVER -DNDIS670_MINIPORT=1
check "an NDIS the kit knows" 's["parse_errors"] == 0 and s["functions_with_parse_errors"] == 0'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
