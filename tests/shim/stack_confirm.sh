#!/bin/sh
# Stack capture end to end: the shim reports a leak at the line inside the
# driver's wrapper (MyAlloc); the static result names the caller that lost
# the block (CreateThing, another line). pooltrack-confirm pairs them through
# the leak's alloc_stack, and only them: a result in another function, and
# one in CreateThing with another tag, stay not reproduced.
# usage: stack_confirm.sh SHIM_TEST_STACK POOLTRACK_CONFIRM DRIVER_SOURCE WORKDIR
set -eu
test_exe=$1 confirm=$2 src=$3 work=$4
mkdir -p "$work"
log=$work/stack.log sarif=$work/stack.sarif out=$work/stack.out.sarif
rm -f "$log"
"$test_exe" "$log"
grep -q '"alloc_stack":\["shim_test_stack!MyAlloc+0x[0-9a-f]*","shim_test_stack!CreateThing+0x' "$log"
caller=$(grep -n 'site:caller' "$src" | cut -d: -f1)
result() {   # rule function tag line
    printf '{"ruleId":"%s","level":"error","message":{"text":"Pool allocation with tag %s (PoolMon %s) is leaked."},' "$1" "'x'" "'$3'"
    printf '"locations":[{"physicalLocation":{"artifactLocation":{"uri":"tests/shim/drivers/stack.c"},"region":{"startLine":%s}},' "$4"
    printf '"logicalLocations":[{"name":"%s","kind":"function"}]}]}' "$2"
}
{
    printf '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"pooltrack"}},"results":['
    result PT006 CreateThing Othr "$caller"; printf ','
    result PT006 DriverEntry Thng 5; printf ','
    result PT006 CreateThing Thng "$caller"
    printf ']}]}\n'
} > "$sarif"
"$confirm" "$sarif" "$log" -o "$out" > "$work/stack.txt"
cat "$work/stack.txt"
python3 - "$out" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
st = [r["properties"]["pooltrackRuntime"] for r in res]
assert st == ["not_reproduced", "not_reproduced", "confirmed"], st
m = res[2]["properties"]["pooltrackMatch"]
assert m.startswith("stack:") and "same tag" in m, m
ev = res[2]["properties"]["pooltrackRuntimeEvidence"][0]
assert ev["function"] == "MyAlloc" and len(ev["alloc_stack"]) >= 2, ev
print("stack join ok")
PY
