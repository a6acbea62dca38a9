#!/usr/bin/env bash
# SARIF valid under Microsoft's validator, deterministic output, fingerprints
# that survive edits above a finding, atomic -o.
set -u
bin="$1"; cases="$2"; validate="$3"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }

# 1. the whole test suite's findings plus a tool notification, validated
"$bin" --format sarif --srcroot "$cases" -o "$t/all.sarif" "$cases"/*.c "$cases"/*.cpp "$t/missing.c" 2>/dev/null
if bash "$validate" "$t/all.sarif"; then ok; else bad "SARIF does not validate"; fi
grep -q '"toolExecutionNotifications"' "$t/all.sarif" && grep -q 'missing.c' "$t/all.sarif" && ok || bad "notification missing"
grep -q '"codeFlows"' "$t/all.sarif" && ok || bad "no codeFlows"
grep -q '"%SRCROOT%"' "$t/all.sarif" && ok || bad "no %SRCROOT%"

# 2. deterministic
"$bin" --format sarif --srcroot "$cases" "$cases"/pt005_*.c > "$t/a.sarif" 2>/dev/null
"$bin" --format sarif --srcroot "$cases" "$cases"/pt005_*.c > "$t/b.sarif" 2>/dev/null
cmp -s "$t/a.sarif" "$t/b.sarif" && ok || bad "two runs differ"
(cd "$t" && "$bin" --format json --srcroot "$cases" "$cases"/pt005_*.c > "$t/c.json" 2>/dev/null)
"$bin" --format json --srcroot "$cases" "$cases"/pt005_*.c > "$t/d.json" 2>/dev/null
cmp -s "$t/c.json" "$t/d.json" && ok || bad "JSON differs with the working directory"

# 3. fingerprints survive lines added above the findings
src="$cases/pt005_leak_error_path_goto.c"
cp "$src" "$t/x.c"
{ printf '\n\n\n/* an unrelated edit */\n\n'; cat "$src"; } > "$t/y.c"
"$bin" --format sarif --srcroot "$t" "$t/x.c" > "$t/sx"
mv "$t/y.c" "$t/x.c"
"$bin" --format sarif --srcroot "$t" "$t/x.c" > "$t/sy"
grep -o '"pooltrack/v1":[^,}]*' "$t/sx" | sort > "$t/fx"
grep -o '"pooltrack/v1":[^,}]*' "$t/sy" | sort > "$t/fy"
[ -s "$t/fx" ] && cmp -s "$t/fx" "$t/fy" && ok || bad "fingerprints changed with an edit above"
grep -o '"startLine":[^,]*' "$t/sx" > "$t/lx"; grep -o '"startLine":[^,]*' "$t/sy" > "$t/ly"
cmp -s "$t/lx" "$t/ly" && bad "lines did not move (test is void)" || ok

# 4. atomic -o: a failed write leaves nothing behind
"$bin" -o /dev/full "$src" >/dev/null 2>"$t/err"; rc=$?
[ "$rc" -eq 2 ] && ok || bad "write to /dev/full: exit $rc"
"$bin" --format sarif -o "$t/out.sarif" "$src" >/dev/null 2>&1
[ -s "$t/out.sarif" ] && [ -z "$(ls "$t" | grep tmp)" ] && ok || bad "-o left temp files or nothing"

# 5. a leak after rounds of a loop: the path shown is a short one, and rounds
# that went the same way are told once, never one step per round
cat > "$t/loop.c" <<'C'
#include <ntddk.h>
typedef struct _ST { ULONG Start; } ST;
NTSTATUS Fill(ST *stripes, ULONG count, ULONG start)
{
    PUCHAR va = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'lliF');
    if (!va) return STATUS_INSUFFICIENT_RESOURCES;
    for (ULONG i = 0; i < count; i++) {
        if (start > i) stripes[i].Start = 1;
        if (!stripes[i].Start) return STATUS_UNSUCCESSFUL;
    }
    ExFreePoolWithTag(va, 'lliF');
    return STATUS_SUCCESS;
}
C
"$bin" --format json "$t/loop.c" > "$t/loop.json"
python3 - "$t/loop.json" <<'PY' && ok || bad "loop path: short, folded"
import json, sys
f = json.load(open(sys.argv[1]))["findings"]
assert len(f) == 1 and f[0]["rule"] == "PT005", f
steps = [s["message"] for s in f[0]["path"]]
assert len(steps) <= 10, steps
assert max(steps.count(m) for m in steps) <= 2, steps
PY
cat > "$t/fold.c" <<'C'
#include <ntddk.h>
NTSTATUS Scan(PULONG table, ULONG count)
{
    PUCHAR va = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'nacS');
    if (!va) return STATUS_INSUFFICIENT_RESOURCES;
    for (ULONG i = 0; i < 8; i++) {
        if (table[i] == 0) continue;
        if (table[i] > count) { DbgPrint("big\n"); }
    }
    if (table[0]) return STATUS_UNSUCCESSFUL;
    ExFreePoolWithTag(va, 'nacS');
    return STATUS_SUCCESS;
}
C
"$bin" --format json "$t/fold.c" > "$t/fold.json"
python3 - "$t/fold.json" <<'PY' && ok || bad "repeated rounds folded"
import json, sys
f = json.load(open(sys.argv[1]))["findings"]
assert len(f) == 1, f
steps = [s["message"] for s in f[0]["path"]]
assert any("repeated" in m and "times" in m for m in steps) or len(steps) <= 6, steps
assert max(steps.count(m) for m in steps) <= 2, steps
PY

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
