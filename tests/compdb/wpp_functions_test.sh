#!/usr/bin/env bash
# A project that names its WPP trace functions only in the vcxproj
# (WppTraceFunction): pooltrack-compdb records them beside the command and the
# analyzer's .tmh stand-in defines them, so the traced function parses and its
# leak is found. Without the record it does not parse (the control case).
set -u
tool="$1"; analyzer="$2"; fx="$3/wpp"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $1"; fail=$((fail+1)); }

"$tool" -o "$t/compile_commands.json" "$fx/trace.vcxproj" 2>"$t/err" || { echo "FAIL tool"; cat "$t/err"; exit 1; }
grep -qF '"wpp_functions":	"DEBUGP(LEVEL,MSG,...);TracePrint((LEVEL,FLAGS,MSG,...))"' "$t/compile_commands.json" \
    && ok || bad "the entry records the project's trace functions"

"$analyzer" -p "$t" --no-cache --format json -o "$t/out.json" 2>"$t/aerr"; rc=$?
[ "$rc" -eq 1 ] && ok || bad "analyzer exit $rc (want 1: a finding)"
grep -q '"PT005"' "$t/out.json" && grep -q '"line":	9' "$t/out.json" && ok || bad "the leak at driver.c:9 is found"
"$analyzer" -p "$t" --no-cache > "$t/text" 2>&1
grep -q "1 of 1 function(s) path-analysed" "$t/text" && ! grep -q "parse error" "$t/text" && ok \
    || bad "parse errors with the record: $(grep 'parse error' "$t/text")"

# the same database without the record: DEBUGP/TracePrint are unknown
mkdir "$t/plain"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [e.pop("wpp_functions") for e in d]; json.dump(d, open(sys.argv[2], "w"))' \
    "$t/compile_commands.json" "$t/plain/compile_commands.json"
"$analyzer" -p "$t/plain" --no-cache > "$t/ptext" 2>&1
grep -q "undeclared identifier 'DRV_LOUD'" "$t/ptext" && ok || bad "control: no parse errors without the record"

echo "wpp-functions: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
