#!/usr/bin/env bash
# .pooltrack.json: every key changes what is reported, every mistake is a
# one-line error naming the key (exit 2), and the file is found by walking up.
set -u
bin="$1"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
run() { "$@" >"$t/out" 2>"$t/err"; rc=$?; }
has() { grep -q -- "$1" "$t/out"; }
# line of the first match of a pattern in a file: expected lines are not hard-coded
line_of() { grep -n -- "$2" "$1" | head -1 | cut -d: -f1; }

p="$t/proj"; mkdir -p "$p/src" "$p/build" "$p/third_party" "$p/.git"   # the repository root: where .pooltrack.json is found
cat > "$p/src/drv.c" <<'C'
#include <ntddk.h>
PVOID MyAlloc(SIZE_T n, ULONG tag);
VOID MyFree(PVOID p, ULONG tag);
VOID UseAlloc(VOID)
{
    PVOID p = MyAlloc(16, 'rDyM');
    (void)p;
}
VOID ZeroTag(VOID)
{
    PVOID p = MyAlloc(16, 0);
    MyFree(p, 0);
}
VOID FreeOtherTag(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'rDyM');
    if (p) MyFree(p, 'rhtO');
}
VOID Forbidden(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'gaTB');
    if (p) ExFreePoolWithTag(p, 'gaTB');
}
VOID MyDpc(PVOID ctx)
{
    PVOID p = ExAllocatePoolWithQuotaTag(PagedPool, 16, 'rDyM');
    (void)ctx;
    if (p) ExFreePoolWithTag(p, 'rDyM');
}
static PVOID g_Kept;
VOID KeepIt(VOID)
{
    g_Kept = ExAllocatePoolWithTag(NonPagedPoolNx, 32, 'peeK');
}
VOID MyUnload(PVOID drv)
{
    (void)drv;
}
C
cat > "$p/third_party/lib.c" <<'C'
#include <ntddk.h>
VOID Vendor(VOID) { PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 0); (void)p; }
C
printf '[{"directory": "%s", "file": "src/drv.c", "arguments": ["cl.exe", "/kernel", "/c", "src/drv.c"]},\n {"directory": "%s", "file": "third_party/lib.c", "arguments": ["cl.exe", "/kernel", "/c", "third_party/lib.c"]}]\n' "$p" "$p" > "$p/build/compile_commands.json"
src="$p/src/drv.c"
L_use=$(line_of "$src" "MyAlloc(16, 'rDyM')"); L_zero=$(line_of "$src" "MyAlloc(16, 0)")
L_free=$(line_of "$src" "MyFree(p, 'rhtO')"); L_forb=$(line_of "$src" "16, 'gaTB'")
L_quota=$(line_of "$src" "WithQuotaTag"); L_kept=$(line_of "$src" "'peeK'")
cfg() { printf '%s\n' "$1" > "$p/.pooltrack.json"; }
json() { run "$bin" -p "$p/build" --no-cache --format json "$@"; }
# finding RULE at LINE of drv.c in the JSON output?
finding() { python3 - "$t/out" "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if any(f["rule"] == sys.argv[2] and f["line"] == int(sys.argv[3]) for f in d["findings"]) else 1)
PY
}
level_of() { python3 -c "import json,sys; print(' '.join(sorted({f['level'] for f in json.load(open('$t/out'))['findings'] if f['rule']=='$1'})))"; }

# no configuration: MyAlloc/MyFree are unknown functions (hand-over), nothing about them
rm -f "$p/.pooltrack.json"; json
finding PT005 "$L_use" && bad "leak through MyAlloc without a config" || ok
finding PT002 "$L_zero" && bad "PT002 through MyAlloc without a config" || ok
finding PT002 "$L_forb" && bad "PT002 for 'BTag' without a config" || ok
finding PT007 "$L_quota" && bad "PT007 in MyDpc without a config" || ok
python3 -c "import json; assert any(f['file'].endswith('third_party/lib.c') for f in json.load(open('$t/out'))['findings'])" && ok || bad "third_party not analysed without exclude"

# allocators and frees (found above the compile database's folder: the project root)
cfg '{"allocators": [{"name": "MyAlloc", "family": "pool", "size_arg": 0, "tag_arg": 1}],
      "frees": [{"name": "MyFree", "family": "pool", "ptr_arg": 0, "tag_arg": 1}]}'
json
finding PT005 "$L_use" && ok || { bad "allocators: no PT005 at line $L_use"; cat "$t/out" "$t/err" | head -20; }
finding PT002 "$L_zero" && ok || bad "allocators.tag_arg: no PT002 for tag 0 at line $L_zero"
finding PT004 "$L_free" && ok || bad "frees.tag_arg: no PT004 at line $L_free"
finding PT005 "$L_zero" && bad "frees: MyFree not seen as a free (PT005 at $L_zero)" || ok
# the same through worker processes and the cache, twice (the second run reads the cache)
for pass_no in 1 2; do
  run "$bin" -p "$p/build" -j 2 --format json --stats
  finding PT005 "$L_use" && ok || bad "allocators with -j 2 (run $pass_no)"
done
grep -q "from the cache" "$t/err" && ok || bad "--stats says nothing about the cache"
# a rules-only change reuses the cached units; an allocator change does not
cached() { grep -o '[0-9]* from the cache' "$t/err" | grep -o '[0-9]*' | head -1; }
c_before=$(cached)
cfg '{"allocators": [{"name": "MyAlloc", "family": "pool", "size_arg": 0, "tag_arg": 1}],
      "frees": [{"name": "MyFree", "family": "pool", "ptr_arg": 0, "tag_arg": 1}], "rules": {"PT005": "error"}}'
run "$bin" -p "$p/build" -j 2 --format json --stats
[ "$(cached)" = "$c_before" ] && [ -n "$c_before" ] && [ "$c_before" -gt 0 ] && ok || bad "a rules-only change did not reuse the cache ($c_before vs $(cached))"
[ "$(level_of PT005)" = "error" ] && ok || bad "rules level not applied over cached units: $(level_of PT005)"
cfg '{"allocators": [{"name": "MyAlloc", "family": "pool", "size_arg": 0, "tag_arg": 1, "quota": true}]}'
run "$bin" -p "$p/build" -j 2 --format json --stats
[ "$(cached)" = "0" ] && ok || bad "an allocator change reused cached units ($(cached))"

# rules: off, a level, by name
cfg '{"rules": {"PT002": "off"}}'; json
finding PT006 "$L_kept" && bad "PT006 without any unload routine (the driver cannot unload)" || ok
python3 -c "import json,sys; sys.exit(any(f['rule']=='PT002' for f in json.load(open('$t/out'))['findings']))" && ok || bad "rules PT002 off"
cfg '{"rules": {"missing-tag": "error"}}'; json
[ "$(level_of PT002)" = "error" ] && ok || bad "rules by name: PT002 level $(level_of PT002)"
run "$bin" -p "$p/build" --no-cache --checks PT002 --fail-on error "$p/third_party/lib.c"
[ "$rc" -eq 1 ] && ok || bad "PT002 as error: --fail-on error exit $rc"
cfg '{"rules": {"PT002": "note"}}'
run "$bin" -p "$p/build" --no-cache --checks PT002 --fail-on warning "$p/third_party/lib.c"
[ "$rc" -eq 0 ] && ok || bad "PT002 as note: --fail-on warning exit $rc"

# forbidden_tags (as PoolMon shows them), dpc_routines, unload_routines, exclude
cfg '{"forbidden_tags": ["BTag"], "dpc_routines": ["MyDpc"], "unload_routines": ["MyUnload"],
      "exclude": ["third_party/**"]}'
json --summaries "$t/sum.json"
finding PT002 "$L_forb" && ok || bad "forbidden_tags: no PT002 at line $L_forb"
grep -q "forbids" "$t/out" && ok || bad "forbidden_tags: message"
finding PT007 "$L_quota" && ok || bad "dpc_routines: no PT007 at line $L_quota"
python3 - "$t/sum.json" <<'PY' && ok || bad "unload_routines: MyUnload has no unload role in --summaries"
import json, sys
d = json.load(open(sys.argv[1]))
fns = d["functions"] if isinstance(d, dict) and "functions" in d else d
items = fns.values() if isinstance(fns, dict) else fns
sys.exit(0 if any("MyUnload" in json.dumps(f) and "unload routine" in f.get("role", "") for f in items) else 1)
PY
finding PT006 "$L_kept" && ok || bad "unload_routines: no PT006 for g_Kept at line $L_kept"
python3 -c "import json,sys; sys.exit(any('third_party' in f['file'] for f in json.load(open('$t/out'))['findings']))" && ok || bad "exclude: third_party still reported"
# an excluded file given on the command line is not analysed either
run "$bin" -p "$p/build" --no-cache "$p/third_party/lib.c"
[ "$rc" -eq 0 ] && ! grep -q PT002 "$t/out" && ok || bad "exclude: named file analysed (exit $rc)"

# found from the current folder without -p; --config wins over the found one
cfg '{"rules": {"PT002": "off"}}'
(cd "$p/src" && "$bin" --format json drv.c >"$t/out" 2>"$t/err")
python3 -c "import json,sys; sys.exit(any(f['rule']=='PT002' for f in json.load(open('$t/out'))['findings']))" && ok || bad "config not found from the current folder"
printf '{"forbidden_tags": ["BTag"]}\n' > "$t/other.json"
(cd "$p/src" && "$bin" --format json --config "$t/other.json" drv.c >"$t/out" 2>"$t/err")
grep -q "forbids" "$t/out" && ok || bad "--config FILE not used instead of the found one"

# mistakes: one line on stderr naming the key, exit 2
err_case() {  # name expected-key-text json
  cfg "$3"
  run "$bin" -p "$p/build" --no-cache
  if [ "$rc" -ne 2 ]; then bad "$1: exit $rc, expected 2"; return; fi
  [ "$(wc -l < "$t/err")" -eq 1 ] || { bad "$1: $(wc -l < "$t/err") stderr lines"; return; }
  grep -qF -- "$2" "$t/err" && ok || bad "$1: stderr lacks '$2': $(cat "$t/err")"
}
err_case unknown-rule '.pooltrack.json: "rules.PT099": no such rule' '{"rules": {"PT099": "off"}}'
err_case bad-level '"rules.PT002": must be' '{"rules": {"PT002": "loud"}}'
err_case unknown-key '"rulez": unknown key' '{"rulez": {}}'
err_case key-with-line-break '"ru lez": unknown key' "$(printf '{"ru\nlez": {}}')"
err_case not-object 'must hold one JSON object' '[1]'
err_case not-json 'not valid JSON' '{"rules": '
err_case alloc-not-array '"allocators": must be an array' '{"allocators": {}}'
err_case alloc-no-name '"allocators[0]": needs "name"' '{"allocators": [{"family": "pool"}]}'
err_case alloc-no-family '"allocators[0]": needs "family"' '{"allocators": [{"name": "A"}]}'
err_case alloc-bad-family '"allocators[0].family": unknown family' '{"allocators": [{"name": "A", "family": "heap"}]}'
err_case alloc-bad-arg '"allocators[1].tag_arg": must be an argument index' '{"allocators": [{"name": "A", "family": "pool"}, {"name": "B", "family": "pool", "tag_arg": -1}]}'
err_case alloc-unknown '"allocators[0].tagarg": unknown key' '{"allocators": [{"name": "A", "family": "pool", "tagarg": 1}]}'
err_case alloc-bad-tag '"allocators[0].tag": must be a tag' '{"allocators": [{"name": "A", "family": "pool", "tag": "TooLong"}]}'
err_case free-no-ptr '"frees[0]": needs "ptr_arg"' '{"frees": [{"name": "F", "family": "pool"}]}'
err_case free-size '"frees[0].size_arg": unknown key' '{"frees": [{"name": "F", "family": "pool", "ptr_arg": 0, "size_arg": 1}]}'
err_case bad-forbidden '"forbidden_tags[1]": must be a tag' '{"forbidden_tags": ["Good", "Longer"]}'
err_case dpc-not-string '"dpc_routines[0]": must be a non-empty string' '{"dpc_routines": [3]}'
err_case unload-not-array '"unload_routines": must be an array' '{"unload_routines": "MyUnload"}'
err_case exclude-empty '"exclude[0]": must be a non-empty string' '{"exclude": [""]}'
rm -f "$p/.pooltrack.json"
run "$bin" -p "$p/build" --config "$t/none.json"
[ "$rc" -eq 2 ] && [ "$(wc -l < "$t/err")" -eq 1 ] && grep -q "none.json" "$t/err" && ok || bad "--config missing file: exit $rc"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
