#!/usr/bin/env bash
# What GitHub code scanning, the SARIF viewers, Visual Studio's Error List and
# a terminal read: on the sample driver and a PT001/PT006 case, SARIF with
# primaryLocationLineHash equal to codeql-action's algorithm (an independent
# implementation in linehash.js), regions with their end, relatedLocations,
# fixes, automationDetails, security-severity only on the security rules,
# helpUri anchors that docs/rules.md has, valid under Microsoft's validator
# (Sarif;Gh); --format msvc lines parsed with MSBuild's canonical-error
# expression; text with the source line, caret and fix-it.
set -u
bin=$(realpath "$1"); root=$(realpath "$2"); validate="$3"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }

bash "$root/samples/pooldemo/make-compdb.sh" "$t/db" >/dev/null
cp "$root/testcases/pt001_string_literal_tag.c" "$root/testcases/pt003_swapped_withtag.c" "$t/"
cp -r "$root/testcases/pt006_xfile_unload_chain" "$t/pt006"
# CRLF, tabs and non-ASCII in one file: the hash must read them as the action does
printf '/* caf\xc3\xa9 \xf0\x9f\x98\x80 */\r\n#include <ntddk.h>\r\n\tVOID F(VOID)\r\n{\r\n\tPVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, "Ab");\r\n\tExFreePoolWithTag(p, 0);\r\n}\r\n' > "$t/crlf.c"
"$bin" --no-cache -p "$t/db/compile_commands.json" --srcroot "$root/samples/pooldemo" --format sarif \
  --sarif-category pooltrack/pooldemo -o "$t/demo.sarif" 2>/dev/null
(cd "$t" && "$bin" --no-cache --one-driver --format sarif --srcroot "$t" -o "$t/cases.sarif" pt001_string_literal_tag.c \
  pt003_swapped_withtag.c crlf.c pt006/*.c 2>/dev/null)
for s in demo cases; do
  bash "$validate" "$t/$s.sarif" >/dev/null 2>"$t/verr" && ok || { bad "$s.sarif not valid (Sarif;Gh):"; head -5 "$t/verr"; }
done

# the line hashes, each checked against linehash.js over its file
for s in demo cases; do
  base=$([ $s = demo ] && echo "$root/samples/pooldemo" || echo "$t")
  python3 - "$t/$s.sarif" "$base" "$root/tests/output/linehash.js" > "$t/$s.check" <<'PY'
import json, subprocess, sys
sarif, base, js = sys.argv[1:4]
run = json.load(open(sarif))["runs"][0]
hashes = {}
for r in run["results"]:
    pl = r["locations"][0]["physicalLocation"]
    uri, line = pl["artifactLocation"]["uri"], pl["region"]["startLine"]
    if uri not in hashes:
        out = subprocess.run(["node", js, base + "/" + uri], capture_output=True, text=True).stdout
        hashes[uri] = dict(l.split(" ", 1) for l in out.split("\n") if l)
    got = r["partialFingerprints"].get("primaryLocationLineHash")
    print("hash", "ok" if got == hashes[uri].get(str(line)) else "bad %s:%d %s %s" % (uri, line, got, hashes[uri].get(str(line))))
    print("v1", "ok" if "pooltrack/v1" in r["partialFingerprints"] else "bad")
    reg = pl["region"]
    if "endLine" in reg:
        print("region", "ok" if (reg["endLine"], reg["endColumn"]) > (reg["startLine"], reg["startColumn"]) else "bad %s" % reg)
    for rl in r.get("relatedLocations", []):
        rr = rl["physicalLocation"]["region"]
        print("related", r["ruleId"], "ok" if rl["message"]["text"] and rr.get("startLine") else "bad", "col" if rr.get("startColumn") else "nocol")
    for fx in r.get("fixes", []):
        for ch in fx["artifactChanges"]:
            for rep in ch["replacements"]:
                d = rep["deletedRegion"]
                print("fix", r["ruleId"], "ok" if d["endColumn"] > d["startColumn"] and rep["insertedContent"]["text"] else "bad")
print("category", run.get("automationDetails", {}).get("id", "none"))
for rule in run["tool"]["driver"]["rules"]:
    p = rule["properties"]
    sec = "security-severity" in p
    print("security", rule["id"], "yes" if sec else "no", "tagged" if "security" in p["tags"] else "untagged")
    print("helpUri", rule["helpUri"].split("#")[1])
PY
done
grep -q 'hash bad' "$t/demo.check" "$t/cases.check" && { bad "primaryLocationLineHash differs from codeql-action's:"; grep -h 'hash bad' "$t"/*.check | head -3; } || ok
[ "$(grep -c '^hash ok' "$t/demo.check")" -ge 5 ] && [ "$(grep -c '^hash ok' "$t/cases.check")" -ge 5 ] && ok || bad "too few line hashes checked"
grep -q '^region ok' "$t/demo.check" && ! grep -q '^region bad' "$t/demo.check" "$t/cases.check" && ok || bad "no end of region, or a bad one"
grep -q '^related PT004 ok col' "$t/demo.check" && grep -q '^related PT008 ok col' "$t/demo.check" && ok || bad "PT004/PT008 lack related locations with columns"
grep -q '^related PT006 ok col' "$t/cases.check" && ok || bad "PT006 does not name its unload routine as a related location with a column"
grep -q '^fix PT001 ok' "$t/cases.check" && grep -q '^fix PT003 ok' "$t/cases.check" && ! grep -q '^fix .* bad' "$t/cases.check" && ok || bad "fixes missing or malformed"
grep -q '^fix PT001 ok' "$t/demo.check" && grep -q '^fix PT004 ok' "$t/demo.check" && ok || bad "the sample's PT001/PT004 have no fixes"
grep -qx 'category pooltrack/pooldemo/' "$t/demo.check" && ok || bad "automationDetails.id is not the category: $(grep category "$t/demo.check")"
grep -qx 'category none' "$t/cases.check" && ok || bad "automationDetails without --sarif-category"
[ "$(grep '^security' "$t/demo.check" | grep -c 'yes tagged')" -eq 2 ] && grep -q 'security PT008 yes tagged' "$t/demo.check" &&
  grep -q 'security PT009 yes tagged' "$t/demo.check" && ! grep -q 'no tagged\|yes untagged' "$t/demo.check" && ok ||
  bad "security-severity/tag not exactly on PT008 and PT009"
for a in $(grep '^helpUri' "$t/demo.check" | cut -d' ' -f2); do
  grep -qx "## ${a^^}" "$root/docs/rules.md" && ok || bad "helpUri #$a has no '## ${a^^}' section in docs/rules.md"
done

# --format msvc: MSBuild's canonical error expression (CanonicalError.cs)
"$bin" --no-cache -p "$t/db/compile_commands.json" --srcroot "$root/samples/pooldemo" --format msvc > "$t/msvc.txt" 2>/dev/null
"$bin" --no-cache -p "$t/db/compile_commands.json" --srcroot "$root/samples/pooldemo" --format json > "$t/demo.json" 2>/dev/null
python3 - "$t/msvc.txt" "$t/demo.json" <<'PY' > "$t/msvc.check"
import json, re, sys
canonical = re.compile(
    r"^\s*(((?P<ORIGIN>(((\d+>)?[a-zA-Z]?:[^:]*)|([^:]*))):)|())"
    r"(?P<SUBCATEGORY>(()|([^:]*? )))(?P<CATEGORY>(error|warning))( \s*(?P<CODE>[^: ]*))?\s*:(?P<TEXT>.*)$",
    re.IGNORECASE)
location = re.compile(r"^(\d+>)?(?P<FILENAME>.*)\((?P<LOCATION>[\,,0-9,-]*)\)\s*$")
doc = json.load(open(sys.argv[2]))
findings = doc["findings"] if isinstance(doc, dict) else doc
want = sorted((f["file"].split("/")[-1], f["line"], f["column"], f["rule"]) for f in findings)
got, others = [], 0
for line in open(sys.argv[1]):
    m = canonical.match(line.rstrip("\n"))
    if not m:
        others += 1
        continue
    o = location.match(m.group("ORIGIN").strip())
    if not o:
        print("bad origin", line.strip()); continue
    l, c = o.group("LOCATION").split(",")
    got.append((o.group("FILENAME").split("/")[-1], int(l), int(c), m.group("CODE")))
    print("category", m.group("CATEGORY"), m.group("CODE"))
print("match", "ok" if sorted(got) == want and want else "bad %s vs %s" % (sorted(got), want))
print("notes", others)
PY
grep -q '^match ok' "$t/msvc.check" && ok || bad "msvc lines do not parse to the findings: $(grep '^match\|bad origin' "$t/msvc.check" | head -3)"
grep -q '^category error PT004' "$t/msvc.check" && grep -q '^category warning PT005' "$t/msvc.check" && ok || bad "msvc categories wrong"
[ "$(grep '^notes' "$t/msvc.check" | cut -d' ' -f2)" -ge 3 ] && ok || bad "msvc path notes missing (or parsed as warnings)"

# text: the source line, a caret under the column, fix-it, both tag spellings
(cd "$t" && "$bin" --no-cache pt001_string_literal_tag.c > "$t/text.txt" 2>/dev/null)
grep -q '^   23 |     cfg = (PCONFIG_BLOCK)ExAllocatePoolWithTag' "$t/text.txt" && ok || bad "no source line under the finding"
grep -qE '^      \| {26}\^~+$' "$t/text.txt" && ok || bad "caret not under column 26: $(grep -m1 '\^' "$t/text.txt")"
grep -qF "fix-it:\"pt001_string_literal_tag.c\":{23:78-23:84}:\"'1gfC'\"" "$t/text.txt" && ok || bad "no clang-style fix-it line"
"$bin" --no-cache -p "$t/db/compile_commands.json" --srcroot "$root/samples/pooldemo" > "$t/demo.txt" 2>/dev/null
grep -qF "with tag 'omDP' (PoolMon 'PDmo')" "$t/demo.txt" && ok || bad "tag not shown as written and in PoolMon order"
grep -qE 'calls? away|releases a ' "$t/demo.txt" "$t/text.txt" && bad "old wording" || ok

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
