#!/usr/bin/env bash
# Coverage is a result, never a silent pass: the text summary, --stats, JSON
# and SARIF say how much was path-analysed, notes name the first error,
# --min-coverage judges the share, and a database with no entry is an error.
set -u
bin="$1"; src="$(cd "$(dirname "$0")" && pwd)/coverage"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
run() {  # expected-exit args...
    local want="$1"; shift
    "$bin" --no-cache "$@" >"$t/out" 2>"$t/err"; local got=$?
    [ "$got" -eq "$want" ] && ok || { bad "exit $got, expected $want: $*"; head -5 "$t/err"; }
}
has() {  # file pattern what
    grep -q -- "$2" "$1" && ok || { bad "$3: '$2' not in $(basename "$1")"; head -20 "$1" | sed 's/^/  /'; }
}

run 0 "$src/partly.c"
has "$t/out" "pooltrack: 1 of 2 function(s) path-analysed (50%); 1 not, for parse errors; 1 file(s), 1 with parse errors" "text summary"
has "$t/out" "Broken: not analysed for leaks and double frees: 1 parse error(s) in its body, the first: line 9: use of undeclared identifier 'NotDeclaredHere'" "function note names its first error"
has "$t/out" "partly.c: note: 2 parse error(s); 1 of 2 function(s) not path-analysed; the first error: .*helpers.h:3: unknown type name 'UNKNOWN_TYPE_IN_HEADER'" "file note names the first error, in the header"

run 0 --quiet "$src/partly.c"
grep -q "path-analysed" "$t/out" && bad "--quiet prints the summary" || ok

run 0 --format json "$src/partly.c"
python3 - "$t/out" <<'PY' && ok || bad "JSON coverage"
import json, sys
c = json.load(open(sys.argv[1]))["coverage"]
assert c == {"files": 1, "files_with_parse_errors": 1, "files_not_analysed": 0, "functions": 2,
             "functions_path_analysed": 1, "functions_with_parse_errors": 1, "functions_at_path_budget": 0,
             "percent_path_analysed": 50}, c
PY

run 0 --format sarif "$src/partly.c"
python3 - "$t/out" <<'PY' && ok || bad "SARIF: executionSuccessful false, coverage, notifications"
import json, sys
inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
assert inv["executionSuccessful"] is False, inv["executionSuccessful"]
assert inv["properties"]["coverage"]["percent_path_analysed"] == 50
texts = [n["message"]["text"] for n in inv["toolExecutionNotifications"]]
assert any("the first error:" in x and "UNKNOWN_TYPE_IN_HEADER" in x for x in texts), texts
PY

cat > "$t/clean.c" <<'C'
#include <ntddk.h>
VOID Nothing(VOID) { }
C
run 0 --format sarif "$t/clean.c"
python3 -c 'import json,sys; i=json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]; assert i["executionSuccessful"] is True and i["properties"]["coverage"]["percent_path_analysed"] == 100' "$t/out" \
    && ok || bad "SARIF: a clean run is successful"

# A function whose paths hold 2^10 different sets of blocks: past the
# per-block budget they cannot be joined, so it is analysed only partly, and
# the summary and JSON say so.
python3 - "$t/budget.c" <<'PY'
import sys
lines = ["#include <ntddk.h>", "VOID Many(ULONG f)", "{"]
lines += [f"    PVOID p{i} = (f & {1 << i}) ? ExAllocatePoolWithTag(PagedPool, 8, 'ynaM') : NULL;" for i in range(10)]
lines += [f"    if (p{i}) ExFreePoolWithTag(p{i}, 'ynaM');" for i in range(10)]
lines += ["}"]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
run 0 "$t/budget.c"
has "$t/out" "1 of 1 function(s) path-analysed (100%); 1 only partly (path budget)" "text summary counts the path budget"
has "$t/out" "Many: path budget reached" "path budget note"
run 0 --format json "$t/budget.c"
python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["coverage"]; assert c["functions_at_path_budget"] == 1, c' "$t/out" \
    && ok || bad "JSON counts the path budget"

# --min-coverage: below is exit 1 with one line; at or above passes
run 1 --min-coverage 60 "$src/partly.c"
has "$t/err" "50% of the functions were path-analysed (1 of 2; the others have parse errors), below --min-coverage 60" "min-coverage line"
[ "$(wc -l < "$t/err")" -eq 1 ] && ok || bad "min-coverage: one stderr line"
run 0 --min-coverage 50 "$src/partly.c"
run 2 --min-coverage abc "$src/partly.c"
has "$t/err" "wants a percentage" "min-coverage usage"
run 2 --min-coverage 101 "$src/partly.c"

# --stats and --stats-json carry it too
run 0 --stats --stats-json "$t/stats.json" "$src/partly.c"
has "$t/err" "pooltrack: 1 of 2 function(s) path-analysed (50%)" "--stats line"
has "$t/stats.json" '"percent_path_analysed":[[:space:]]*50' "--stats-json coverage"

# a missing project header is a warning with its place
run 0 "$src/missing.c"
has "$t/out" "missing.c:3: warning: 'not_in_this_checkout.h' file not found" "missing header warning"

# a compile database with no entry is an input error, said once
echo '[]' > "$t/compile_commands.json"
run 2 -p "$t"
has "$t/err" "the compile database has no entries" "empty database"
[ "$(wc -l < "$t/err")" -eq 1 ] && ok || bad "empty database: one stderr line"

echo "coverage: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
