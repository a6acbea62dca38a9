#!/usr/bin/env bash
# --baseline / --write-baseline: after lines are inserted above the known bugs
# and one new bug is added, only the new bug is reported; SARIF marks
# baselineState (new, unchanged, absent) and stays valid; bad baselines are
# one-line errors.
set -u
bin="$1"; cases="$2"; validate="$3"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
cd "$t" || exit 1
case_file="$cases/pt005_leak_error_path_goto.c"
cp "$case_file" drv.c
"$bin" --format json drv.c > before.json
old=$(python3 -c "import json; print(len(json.load(open('before.json'))['findings']))")
[ "$old" -ge 1 ] && ok || bad "the test case has no finding to baseline"
"$bin" --write-baseline base.sarif drv.c >/dev/null 2>&1; rc=$?
[ "$rc" -eq 0 ] && ok || bad "--write-baseline: exit $rc (writing a baseline accepts the findings)"
[ "$(grep -c '"pooltrack/v1"' base.sarif)" -eq "$old" ] && ok || bad "baseline does not hold the $old findings"

# the same code with 7 lines inserted above: nothing new, exit 0
{ for i in 1 2 3 4 5 6 7; do echo "/* inserted $i */"; done; cat "$case_file"; } > drv.c
"$bin" --baseline base.sarif drv.c > out.txt 2>&1; rc=$?
[ "$rc" -eq 0 ] && ok || { bad "shifted lines: exit $rc"; cat out.txt; }
grep -q "\[PT" out.txt && bad "shifted lines: a finding is reported" || ok
grep -q "^$old findings\? hidden by the baseline" out.txt && ok || { bad "no 'hidden by the baseline' line"; cat out.txt; }

# plus a new bug at the end: only it is reported
cat >> drv.c <<'C'
VOID NewlyLeaking(SIZE_T n)
{
    PVOID q = ExAllocatePoolWithTag(PagedPool, n, 'weNP');
    if (q == NULL) return;
}
C
new_line=$(grep -n "'weNP'" drv.c | cut -d: -f1)
"$bin" --format json --baseline base.sarif drv.c > out.json; rc=$?
[ "$rc" -eq 1 ] && ok || bad "new bug: exit $rc, expected 1"
python3 - out.json "$new_line" "$old" <<'PY' && ok || bad "JSON: not exactly the new finding at line $new_line"
import json, sys
d = json.load(open(sys.argv[1]))
f = d["findings"]
assert len(f) == 1 and f[0]["line"] == int(sys.argv[2]) and f[0]["rule"] == "PT005", f
assert d["baseline"]["new"] == 1 and d["baseline"]["unchanged"] == int(sys.argv[3]) and d["baseline"]["absent"] == 0, d["baseline"]
PY
"$bin" --baseline base.sarif drv.c > out.txt
[ "$(grep -c '\[PT' out.txt)" -eq 1 ] && grep -q "drv.c:$new_line:.*\[PT005\]" out.txt && ok || { bad "text: not only the new bug"; cat out.txt; }
"$bin" --format sarif -o new.sarif --baseline base.sarif drv.c
python3 - new.sarif "$old" <<'PY' && ok || bad "SARIF baselineState counts"
import json, sys
r = json.load(open(sys.argv[1]))["runs"][0]["results"]
states = [x.get("baselineState") for x in r]
assert states.count("new") == 1 and states.count("unchanged") == int(sys.argv[2]) and len(states) == 1 + int(sys.argv[2]), states
PY

# the old bugs fixed (a clean file): they are "absent" results; the log stays valid
cp "$cases/clean_goto_cleanup.c" drv.c
"$bin" --format sarif -o gone.sarif --baseline base.sarif drv.c; rc=$?
[ "$rc" -eq 0 ] && ok || bad "fixed: exit $rc"
python3 - gone.sarif "$old" <<'PY' && ok || bad "SARIF: fixed findings are not absent results"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
r = run["results"]
assert len(r) == int(sys.argv[2]) and all(x["baselineState"] == "absent" for x in r), r
names = [x["id"] for x in run["tool"]["driver"]["rules"]]
assert all(names[x["ruleIndex"]] == x["ruleId"] for x in r)
PY
bash "$validate" new.sarif gone.sarif >/dev/null 2>&1 && ok || { bad "SARIF with baselineState does not validate"; bash "$validate" new.sarif gone.sarif; }
# a log written with --baseline (it holds absent results) serves as a baseline again
"$bin" --baseline gone.sarif drv.c >/dev/null 2>&1; rc=$?
[ "$rc" -eq 0 ] && ok || bad "a baseline holding absent results: exit $rc"

# two findings with one fingerprint: occurrences are counted
cat > twice.c <<'C'
#include <ntddk.h>
VOID Twice(SIZE_T n)
{
    PVOID a = ExAllocatePoolWithTag(PagedPool, n, 'lbuD');
    PVOID b = ExAllocatePoolWithTag(PagedPool, n, 'lbuD');
    (void)a; (void)b;
}
C
"$bin" --write-baseline twice.sarif twice.c >/dev/null 2>&1
fps=$(grep -o '"pooltrack/v1":[^,}]*' twice.sarif | sed 's/.*"\([0-9a-f]*\):[0-9]*"/\1/' | sort | uniq -c | awk '{print $1}' | sort -n | tail -1)
[ "${fps:-0}" -ge 2 ] && ok || bad "test setup: no two findings share a fingerprint ($(grep -o '"pooltrack/v1":[^,}]*' twice.sarif | tr '\n' ' '))"
n_twice=$(grep -c '"pooltrack/v1"' twice.sarif)
sed -i 's/    (void)a; (void)b;/    PVOID c = ExAllocatePoolWithTag(PagedPool, n, '"'"'lbuD'"'"');\n    (void)a; (void)b; (void)c;/' twice.c
"$bin" --format json --baseline twice.sarif twice.c > out.json
python3 - out.json "$n_twice" <<'PY' && ok || bad "a third copy of a known finding is not new"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["baseline"]["new"] == 1 and d["baseline"]["unchanged"] == int(sys.argv[2]), d["baseline"]
PY

# bad baselines: one line, exit 2
bad_baseline() {  # name text-expected file
  "$bin" --baseline "$3" drv.c >out.txt 2>err.txt; rc=$?
  [ "$rc" -eq 2 ] && [ "$(wc -l < err.txt)" -eq 1 ] && grep -q -- "$2" err.txt && ok || { bad "$1: exit $rc: $(cat err.txt)"; }
}
echo '{"version": "2.1.0", "runs": [' > broken.sarif
bad_baseline not-json "not valid JSON" broken.sarif
echo '{"findings": []}' > notsarif.sarif
bad_baseline not-sarif "not a SARIF 2.1.0" notsarif.sarif
python3 -c "
import json; d = json.load(open('base.sarif')); d['runs'][0]['tool']['driver']['name'] = 'OtherTool'
json.dump(d, open('other.sarif', 'w'))"
bad_baseline other-tool "not written by pooltrack" other.sarif
python3 -c "
import json; d = json.load(open('base.sarif')); del d['runs'][0]['results'][0]['partialFingerprints']
json.dump(d, open('nofp.sarif', 'w'))"
bad_baseline no-fingerprint "fingerprint" nofp.sarif
bad_baseline missing "No such file" "$t/none.sarif"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
