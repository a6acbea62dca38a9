#!/usr/bin/env bash
# The link lets go of a unit's IR past its budget (PT_LINK_HOLD_MB) and reads
# it again when it needs it: the output must not change, and the memory held
# must stop growing with the number of units.
. "$(dirname "$0")/lib.sh"
gen="$(dirname "$0")/../../tools/bench/gen-corpus"
make_db "$t/cc.json" $(selection_small)
"$bin" -p "$t/cc.json" --no-cache -j 2 --summaries-only "$t/units" --quiet 2>"$t/err"
expect_rc "summaries-only" 0 $?
link() {  # HOLD_MB OUT: SARIF, JSON, --summaries and --stats of one --link
    PT_LINK_DEBUG=1 PT_LINK_HOLD_MB=$1 "$bin" --link "$t/units" --format sarif -o "$2.sarif" \
        --summaries "$2.summ.json" --stats 2>"$2.err" >/dev/null
    PT_LINK_HOLD_MB=$1 "$bin" --link "$t/units" --format json -o "$2.json" 2>/dev/null
}
link 1000 "$t/all"
link 0 "$t/none"
same_file "SARIF, all held / none held" "$t/all.sarif" "$t/none.sarif"
same_file "JSON, all held / none held" "$t/all.json" "$t/none.json"
same_file "--summaries, all held / none held" "$t/all.summ.json" "$t/none.summ.json"
cmp -s <(grep -v '^reload' "$t/all.err") <(grep -v '^reload' "$t/none.err") && ok || bad "--stats differ"
! grep -q '^reload' "$t/all.err" && ok || bad "units read again within the budget"
grep -q '^reload' "$t/none.err" && ok || bad "nothing read again with no budget: the test proves nothing"
n=$(grep -c '"ruleId"' "$t/all.sarif")
[ "$n" -ge 6 ] && ok || bad "only $n results: the runs compared found too little"
# Memory: one unit of 500 functions cloned 80 times (each its own file and
# project), linked with everything held and with 4 MB held. Peak RSS, not time.
"$gen" "$t/g" 1 --funcs 500 >/dev/null
"$bin" -p "$t/g" --no-cache --summaries-only "$t/gu" --quiet 2>"$t/err"
expect_rc "summaries-only of the generated unit" 0 $?
python3 - "$t/gu" "$t/clones" 80 <<'PY'
import json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
u = json.load(open(os.path.join(src, [f for f in os.listdir(src) if f.endswith(".unit.json")][0])))
os.makedirs(out)
for i in range(n):
    u["file"] = "/clone%03d/unit.c" % i
    u["directory"] = "/clone%03d" % i
    u["key"] = "%016x" % (i + 1)
    json.dump(u, open(os.path.join(out, u["key"] + ".unit.json"), "w"))
PY
peak() {  # HOLD_MB OUT: peak RSS (KB) of a --link of the clones
    python3 - "$bin" "$t/clones" "$2" "$1" <<'PY'
import os, resource, subprocess, sys
# Under ASan, freed memory waits in a quarantine (256 MB) before reuse: the IR
# let go would still count. A small one measures what the link holds.
asan = os.environ.get("ASAN_OPTIONS", "")
env = dict(os.environ, PT_LINK_HOLD_MB=sys.argv[4], ASAN_OPTIONS=(asan + ":" if asan else "") + "quarantine_size_mb=4")
subprocess.run([sys.argv[1], "--link", sys.argv[2], "--format", "json", "-o", sys.argv[3], "--quiet"],
               env=env, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}
big=$(peak 1000 "$t/c-all.json")
small=$(peak 4 "$t/c-4.json")
echo "peak RSS of the link over 80 clones: all held ${big} KB, 4 MB held ${small} KB"
same_file "clones, all held / 4 MB held" "$t/c-all.json" "$t/c-4.json"
# 80 units of ~0.5 MB: ~100 MB of IR when all are held, ~12 MB within 4 MB
[ $((small + 50000)) -lt "$big" ] && ok || bad "peak RSS with 4 MB held ${small} KB, all held ${big} KB: not bounded"
finish
