#!/usr/bin/env bash
# --inventory over test cases: every allocator call of the sources is a site,
# with the tag written there, its pool type, its function; counts per tag add
# up; --pooltag-file flags a tag Pooltag.txt gives to another component.
set -u
bin="$1"; cases="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
files=("$cases/pt002_default_tags.c" "$cases/pt002_pool2_zero_tag.c" "$cases/pt002_exallocatepool_untagged.c"
       "$cases/pt005_leak_error_path_goto.c" "$cases/pt004_wrong_tag_literal.c")
"$bin" --inventory --format json "${files[@]}" > "$t/inv.json" 2>"$t/err"; rc=$?
[ "$rc" -eq 0 ] && ok || bad "--inventory exit $rc (findings do not make an inventory fail)"
python3 - "$t/inv.json" "${files[@]}" <<'PY' && ok || bad "JSON sites do not match the sources"
import json, re, sys
d = json.load(open(sys.argv[1]))
sites, files = d["sites"], sys.argv[2:]
call = re.compile(r"\b(ExAllocatePool\w*)\s*\(")
want = 0
for f in files:   # allocator calls in the sources, outside comments
    for line in open(f):
        code = line.split("//")[0]
        want += len(call.findall(code))
assert len(sites) == want, (len(sites), want)
for s in sites:
    src = open(next(f for f in files if f.endswith(s["file"].split("/")[-1]))).read().split("\n")
    text = src[s["line"] - 1]
    assert s["allocator"] in text, (s, text)
    if s["tag"] and s["tag"].strip(". ") and "'" in text:   # written 'gaTM', shown as PoolMon shows it: MTag
        assert "'" + s["tag"][::-1] + "'" in text or s["tag"][::-1].strip() in text, (s, text)
        assert int(s["tag_hex"], 16) == int.from_bytes(s["tag"].encode(), "little"), s
    m = re.search(r"\b(NonPagedPoolNx|NonPagedPool|PagedPool)\b", text)
    if m:
        assert s["pool"] == m.group(1), (s, text)
    for flag in re.findall(r"\bPOOL_FLAG_\w+", text):
        assert flag in s["pool"].split("|"), (s, text)
    assert s["function"] and s["function"] in "\n".join(src[:s["line"]]), s
untagged = [s for s in sites if s["allocator"] == "ExAllocatePool"]
assert untagged and all(s["tag"] is None and s["tag_kind"] == "untagged" for s in untagged)
assert any(s["pool"] == "NonPagedPoolNx" for s in sites) and any(s["pool"].startswith("POOL_FLAG_") for s in sites)
# per tag: the counts add up to the sites, and each is the number of sites with that tag
tags = d["tags"]
assert sum(x["sites"] for x in tags) == len(sites)
for x in tags:
    assert x["sites"] == sum(1 for s in sites if s["tag"] == x["tag"] and s.get("tag_kind") == x.get("tag_kind")), x
PY
# text: a row per site, a line per tag
"$bin" --inventory "${files[@]}" > "$t/inv.txt"
n_sites=$(python3 -c "import json; print(len(json.load(open('$t/inv.json'))['sites']))")
n_tags=$(python3 -c "import json; print(len(json.load(open('$t/inv.json'))['tags']))")
rows=$(grep -c "\.c:[0-9]" "$t/inv.txt")
[ "$rows" -eq "$n_sites" ] && ok || bad "text: $rows rows, $n_sites sites"
grep -q "^$n_sites allocation sites, $n_tags tags:" "$t/inv.txt" && ok || bad "text: no summary line"
grep -q "^TAG  *HEX  *ALLOCATOR  *POOL  *LOCATION  *FUNCTION" "$t/inv.txt" && ok || bad "text: no header"

# Pooltag.txt: a tag of the run listed for another component is flagged
taken=$(python3 -c "import json; print([x['tag'] for x in json.load(open('$t/inv.json'))['tags'] if x['tag'] and x['tag'].isalpha()][0])")
{ echo "// comment line"; echo "rem another"; echo "Zzz9 - zzz.sys       - unrelated"
  printf '%s - othercomp.sys - Other component buffers\n' "$taken"; echo "not a tag line"; } > "$t/pooltag.txt"
"$bin" --inventory --format json --pooltag-file "$t/pooltag.txt" "${files[@]}" > "$t/pt.json"
python3 - "$t/pt.json" "$taken" <<'PY' && ok || bad "JSON: tag '$taken' not flagged (or others flagged)"
import json, sys
tags = json.load(open(sys.argv[1]))["tags"]
flagged = [x for x in tags if "pooltag" in x]
assert len(flagged) == 1 and flagged[0]["tag"] == sys.argv[2], flagged
assert flagged[0]["pooltag"] == {"file": "othercomp.sys", "description": "Other component buffers"}
PY
"$bin" --inventory --pooltag-file "$t/pooltag.txt" "${files[@]}" > "$t/pt.txt"
grep -q "^$taken .*already in Pooltag.txt: othercomp.sys - Other component buffers" "$t/pt.txt" && ok || bad "text: tag not flagged"
grep -q "^1 tag already used by another component" "$t/pt.txt" && ok || bad "text: no count of taken tags"

# an allocator from the configuration is a site too
printf '#include <ntddk.h>\nPVOID MyAlloc(SIZE_T n, ULONG tag);\nVOID F(VOID) { PVOID p = MyAlloc(8, %s); (void)p; }\n' "'gaTM'" > "$t/my.c"
printf '{"allocators": [{"name": "MyAlloc", "family": "pool", "size_arg": 0, "tag_arg": 1}]}\n' > "$t/cfg.json"
"$bin" --inventory --format json --config "$t/cfg.json" "$t/my.c" > "$t/my.json"
python3 -c "import json,sys; s=json.load(open('$t/my.json'))['sites']; sys.exit(0 if len(s)==1 and s[0]['allocator']=='MyAlloc' and s[0]['tag']=='MTag' else 1)" && ok || bad "config allocator not in the inventory"

# mistakes
one_error() {  # name command...
  local name="$1"; shift
  "$@" >/dev/null 2>"$t/err"; local rc=$?
  [ "$rc" -eq 2 ] && [ "$(wc -l < "$t/err")" -eq 1 ] && ok || bad "$name: exit $rc, $(cat "$t/err")"
}
echo "nothing here" > "$t/empty.txt"
one_error pooltag-no-lines "$bin" --inventory --pooltag-file "$t/empty.txt" "${files[0]}"
one_error pooltag-missing "$bin" --inventory --pooltag-file "$t/none.txt" "${files[0]}"
one_error pooltag-without-inventory "$bin" --pooltag-file "$t/pooltag.txt" "${files[0]}"
one_error inventory-sarif "$bin" --inventory --format sarif "${files[0]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
