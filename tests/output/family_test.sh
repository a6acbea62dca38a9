#!/usr/bin/env bash
# The allocation family of a finding (families.def key) in SARIF
# (properties.pooltrackFamily) and JSON ("family"): pooltrack-confirm needs it
# to tell a lookaside leak from a pool leak of the same tag. A wrong-routine
# free (PT009) names the block's family (its allocation's), not the routine's.
set -u
analyzer="$1"; cases="$2"
pass=0; fail=0
fam() {   # fam FORMAT FILE RULE LINE -> the family printed for that finding, or "-"
    "$analyzer" --no-cache --format "$1" "$cases/$2" 2>/dev/null | python3 -c '
import json, sys
fmt, rule, line = sys.argv[1], sys.argv[2], int(sys.argv[3])
d = json.load(sys.stdin)
if fmt == "sarif":
    for r in d["runs"][0]["results"]:
        if r["ruleId"] == rule and r["locations"][0]["physicalLocation"]["region"]["startLine"] == line:
            print((r.get("properties") or {}).get("pooltrackFamily", "-")); break
else:
    for f in d["findings"]:
        if f["rule"] == rule and f["line"] == line:
            print(f.get("family", "-")); break
' "$1" "$3" "$4"
}
want() {
    local got; got=$(fam "$2" "$3" "$4" "$5")
    if [ "$got" = "$6" ]; then pass=$((pass+1)); else echo "FAIL $1: $2 $3 $4:$5 family '$got', want '$6'"; fail=$((fail+1)); fi
}
for f in sarif json; do
    want lookaside-leak $f pt005_leak_lookaside.c PT005 27 lookaside_np
    want lookaside-double-free $f pt008_double_free_lookaside.c PT008 37 lookaside_np
    want wrong-routine $f pt009_exfreepool_on_lookaside.c PT009 32 lookaside_np
done
at() { grep -n "expect: $2" "$cases/$1" | head -1 | cut -d: -f1; }
want pool-leak sarif pt005_array_member_copied_not_kept.c PT005 "$(at pt005_array_member_copied_not_kept.c PT005)" pool
want pool-unload-leak sarif pt006_aliased_fields_never_freed.c PT006 "$(at pt006_aliased_fields_never_freed.c PT006)" pool
echo "family: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
