#!/usr/bin/env bash
# pooltrack-compdb on a small MSBuild project and solution: the exact entries.
set -u
tool="$1"; analyzer="$2"; fx="$3"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
expect() { if grep -qF -- "$2" "$t/cc.json"; then pass=$((pass+1)); else echo "FAIL $1: no $2"; fail=$((fail+1)); fi; }
reject() { if grep -qF -- "$2" "$t/cc.json"; then echo "FAIL $1: unexpected $2"; fail=$((fail+1)); else pass=$((pass+1)); fi; }

"$tool" -o "$t/cc.json" "$fx/drv/MyDriver.vcxproj" 2>"$t/err" || { echo "FAIL tool exit"; cat "$t/err"; exit 1; }
n=$(grep -c '"file"' "$t/cc.json")
[ "$n" -eq 4 ] && pass=$((pass+1)) || { echo "FAIL expected 4 entries, got $n"; fail=$((fail+1)); }
expect sources "$fx/drv/src/Driver.c"
expect list-in-include "$fx/drv/src/Dpc.c"
reject excluded-from-build "Legacy.c"
expect property-in-include "/I$fx/drv/inc"
reject release-property "release-only"
expect item-definition "/DDBG=1"
expect imported-props "/DFROM_PROPS"
reject other-configuration "/DNDEBUG"
expect item-metadata "/DHELPER_ONLY"
expect forced-include "/FI$fx/drv/inc/forced.h"
expect kernel "/kernel"
expect records-its-project "$fx/drv/MyDriver.vcxproj"
reject unknown-property-expands-to-nothing '$('
expect wdk-defines-ddk-inc-path "/IC:/Program Files (x86)/Windows Kits/10/Include/10.0.16299.0/km"

"$tool" --configuration Release -o "$t/cc.json" "$fx/drv/MyDriver.vcxproj" 2>/dev/null
expect release-config "/DNDEBUG"
reject release-no-debug "/DDBG=1"

"$tool" -o "$t/cc.json" "$fx/all.sln" 2>/dev/null
n=$(grep -c '"file"' "$t/cc.json")
[ "$n" -eq 4 ] && pass=$((pass+1)) || { echo "FAIL solution: expected 4 entries, got $n"; fail=$((fail+1)); }

# VC++ Directories (IncludePath): the project's own header folder reaches the parse
"$tool" -o "$t/cc.json" "$fx/incpath/src/incpath.vcxproj" 2>/dev/null
expect include-path-property "/I$fx/incpath/src/../inc"
"$analyzer" -p "$t/cc.json" --no-cache > "$t/inc.txt" 2>&1
grep -q "1 of 1 function(s) path-analysed" "$t/inc.txt" && grep -q "PT005" "$t/inc.txt" && pass=$((pass+1)) \
    || { echo "FAIL include-path-parse: $(grep -m1 'parse error' "$t/inc.txt")"; fail=$((fail+1)); }

"$tool" "$t/none.vcxproj" >/dev/null 2>"$t/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "none.vcxproj" "$t/err" && pass=$((pass+1)) || { echo "FAIL missing project: exit $rc"; fail=$((fail+1)); }

# the analyzer reads the result: the WDK path is dropped, the rest parses
"$tool" -o "$t/cc.json" "$fx/drv/MyDriver.vcxproj" 2>/dev/null
"$analyzer" -p "$t/cc.json" --stats-json "$t/stats.json" --format json >/dev/null 2>&1
grep -q '"translation_units":	4' "$t/stats.json" && grep -q '"parse_errors":	0' "$t/stats.json" \
  && pass=$((pass+1)) || { echo "FAIL analyzer on the generated database"; cat "$t/stats.json"; fail=$((fail+1)); }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
