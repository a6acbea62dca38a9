#!/usr/bin/env bash
# --fix over copies of every PT001-PT004/PT009 case: the fixed findings are
# gone, the ones without a fix stay, no function gains a parse error;
# clang-apply-replacements on --export-fixes and patch on --fix --diff give
# the same files as --fix; --diff changes nothing; a call written through a
# macro and a file with merge conflict markers are not touched.
set -u
bin=$(realpath "$1"); cases=$(realpath "$2")
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
car=$(command -v clang-apply-replacements-14 || command -v clang-apply-replacements) ||
  { echo "FAIL clang-apply-replacements not installed (Debian clang-tools-14)"; exit 1; }
checks=PT001,PT002,PT003,PT004,PT009

mkdir "$t/fix" "$t/orig"
for f in "$cases"/pt00[1234]_*.c "$cases"/pt00[1234]_*.cpp "$cases"/pt009_*.c "$cases"/pt009_*.cpp; do
  [ -f "$f" ] && cp "$f" "$t/fix/"
done
# a conflict left in a comment: the file parses, its finding stays unfixed
{ printf '/*\n<<<<<<< HEAD\n=======\n>>>>>>> other\n*/\n'; cat "$cases/pt003_swapped_withtag.c"; } > "$t/fix/conflicted.c"
echo '{"driver_tag": "MyDr"}' > "$t/fix/.pooltrack.json"
cp -r "$t/fix/." "$t/orig/"
cp -r "$t/fix" "$t/car"; cp -r "$t/fix" "$t/patch"; cp -r "$t/fix" "$t/dry"
n=$(ls "$t/fix"/*.c* | wc -l)
[ "$n" -ge 30 ] && ok || bad "only $n cases copied"

# findings as "file line rule fixed?" and the parse-error count, from SARIF
summary() {  # dir -> stdout
  (cd "$1" && "$bin" --no-cache --checks "$checks" --format sarif --srcroot . ./*.c ./*.cpp 2>/dev/null) |
    python3 -c '
import json, sys
run = json.load(sys.stdin)["runs"][0]
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    print(loc["artifactLocation"]["uri"], loc["region"]["startLine"], r["ruleId"], "fix" if "fixes" in r else "nofix")
cov = run["invocations"][0]["properties"]["coverage"]
print("COVERAGE", cov["functions"], cov["functions_with_parse_errors"])'
}
summary "$t/fix" > "$t/before"
nfix=$(grep -c ' fix$' "$t/before"); nall=$(grep -vc COVERAGE "$t/before")
[ "$nfix" -ge 50 ] && ok || bad "only $nfix findings with a fix (of $nall)"
grep -q 'conflicted.c .* PT003 fix' "$t/before" && ok || bad "the conflicted file's PT003 has no fix to refuse"

# 1. --fix --diff is a dry run
(cd "$t/dry" && "$bin" --no-cache --checks "$checks" --fix --diff --srcroot . ./*.c ./*.cpp > "$t/diff" 2>/dev/null)
diff -r "$t/dry" "$t/orig" >/dev/null && ok || bad "--fix --diff changed files"
grep -q '^--- a/pt003_swapped_withtag.c' "$t/diff" && grep -q '^@@ ' "$t/diff" && ok || bad "--diff printed no unified diff"

# 1b. --format json carries the same edits as SARIF's fixes
(cd "$t/dry" && "$bin" --no-cache --checks "$checks" --format json --srcroot . ./*.c ./*.cpp 2>/dev/null) > "$t/json"
(cd "$t/dry" && "$bin" --no-cache --checks "$checks" --format sarif --srcroot . ./*.c ./*.cpp 2>/dev/null) > "$t/sarif"
python3 - "$t/json" "$t/sarif" <<'PY' && ok || bad "JSON fixes differ from SARIF fixes"
import json, sys
js = json.load(open(sys.argv[1]))["findings"]
sa = json.load(open(sys.argv[2]))["runs"][0]["results"]
a = sorted((f["file"], f["line"], e["file"], e["line"], e["column"], e["end_line"], e["end_column"], e["text"])
           for f in js for fx in f.get("fixes", []) for e in fx["edits"])
b = sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
            c["artifactLocation"]["uri"], p["deletedRegion"]["startLine"], p["deletedRegion"]["startColumn"],
            p["deletedRegion"]["endLine"], p["deletedRegion"]["endColumn"], p["insertedContent"]["text"])
           for r in sa for fx in r.get("fixes", []) for c in fx["artifactChanges"] for p in c["replacements"])
assert a and a == b, (len(a), len(b))
assert all(fx["description"] and all(e["length"] >= 0 and e["offset"] > 0 for e in fx["edits"])
           for f in js for fx in f.get("fixes", []))
PY

# 2. --fix (and the same fixes exported)
mkdir "$t/yaml"
(cd "$t/fix" && "$bin" --no-cache --checks "$checks" --fix --export-fixes "$t/yaml/fixes.yaml" --srcroot . ./*.c ./*.cpp \
   >/dev/null 2>"$t/fixlog")
grep -q 'edits in' "$t/fixlog" && ok || bad "--fix said nothing: $(cat "$t/fixlog")"
grep -q 'conflicted.c has merge conflict markers; not fixed' "$t/fixlog" && ok || bad "no word about the conflicted file: $(cat "$t/fixlog")"
cmp -s "$t/fix/conflicted.c" "$t/orig/conflicted.c" && ok || bad "the conflicted file was changed"
summary "$t/fix" > "$t/after"
awk '$4 == "nofix" || $1 == "conflicted.c" {print $1, $2, $3}' "$t/before" | sort > "$t/expect"
grep -v COVERAGE "$t/after" | awk '{print $1, $2, $3}' | sort > "$t/got"
if cmp -s "$t/expect" "$t/got"; then ok; else bad "after --fix the findings are not exactly the unfixed ones:"; diff "$t/expect" "$t/got" | head; fi
grep -v '^conflicted.c' "$t/after" | grep -q ' fix$' && bad "a second run still offers fixes" || ok
[ "$(grep COVERAGE "$t/before")" = "$(grep COVERAGE "$t/after")" ] && ok ||
  bad "parse errors changed: $(grep COVERAGE "$t/before") -> $(grep COVERAGE "$t/after")"
grep -q 'ALLOC_NP' "$t/fix/pt001_define_string_tag.c" && grep -q 'DRV_TAG_STR   "Drv1"' "$t/fix/pt001_define_string_tag.c" &&
  grep -q 'pt001_define_string_tag.c 47 PT001 nofix' "$t/before" && ok || bad "a call through a macro was offered a fix or edited"
grep -q "'rDyM'" "$t/fix/pt002_exallocatepool_untagged.c" && grep -q 'ExAllocatePoolWithTag(NonPagedPool' "$t/fix/pt002_exallocatepool_untagged.c" &&
  ok || bad "PT002's driver_tag fix not applied"
grep -q "'1gfC'" "$t/fix/pt001_string_literal_tag.c" && ok || bad "PT001 \"Cfg1\" did not become '1gfC'"

# 3. clang-apply-replacements on the exported YAML gives the same files
grep -q '^MainSourceFile:' "$t/yaml/fixes.yaml" && grep -q 'ReplacementText:' "$t/yaml/fixes.yaml" && ok || bad "export has no clang-tidy keys"
sed -i "s|$t/fix/|$t/car/|g" "$t/yaml/fixes.yaml"
"$car" "$t/yaml" 2>"$t/carerr" && ok || bad "clang-apply-replacements failed: $(head -3 "$t/carerr")"
if diff -r "$t/car" "$t/fix" >/dev/null; then ok; else bad "clang-apply-replacements differs from --fix:"; diff -r "$t/car" "$t/fix" | head; fi

# 4. the --diff output applies with patch -p1 to the same files
if command -v patch >/dev/null; then
  (cd "$t/patch" && patch -s -p1 < "$t/diff") && diff -r "$t/patch" "$t/fix" >/dev/null && ok || bad "patch -p1 < --diff output differs from --fix"
fi

# 5. never through a symbolic link, never outside --srcroot
mkdir "$t/sl" "$t/outside"
cp "$cases/pt003_swapped_withtag.c" "$t/outside/x.c"; cp "$t/outside/x.c" "$t/outside.orig"
ln -s "$t/outside/x.c" "$t/sl/link.c"
(cd "$t/sl" && "$bin" --no-cache --checks "$checks" --fix --srcroot . link.c >/dev/null 2>"$t/slerr")
cmp -s "$t/outside/x.c" "$t/outside.orig" && [ -L "$t/sl/link.c" ] && ok || bad "--fix edited through a symlink or replaced it"
grep -q 'not fixed' "$t/slerr" && ok || bad "no word about the file not fixed: $(cat "$t/slerr")"
(cd "$t/outside" && "$bin" --no-cache --checks "$checks" --fix --srcroot "$t/sl" x.c >/dev/null 2>"$t/slerr")
cmp -s "$t/outside/x.c" "$t/outside.orig" && grep -q 'outside --srcroot' "$t/slerr" && ok || bad "--fix edited a file outside --srcroot"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
