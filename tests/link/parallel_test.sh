#!/usr/bin/env bash
# -j N gives byte-identical SARIF and JSON for any N (so for repeated runs) and
# from another working directory; it finds what -j1 finds.
. "$(dirname "$0")/lib.sh"
make_db "$t/cc.json" $(selection_small)
n=$(selection_small | wc -l)
for j in 1 4; do
    for fmt in sarif json; do
        "$bin" -p "$t/cc.json" --no-cache -j $j --format $fmt --srcroot "$cases" -o "$t/j$j.$fmt" 2>"$t/err"
        expect_rc "-j$j $fmt" 1 $?
    done
done
same_file "sarif -j1/-j4" "$t/j1.sarif" "$t/j4.sarif"
same_file "json -j1/-j4" "$t/j1.json" "$t/j4.json"
mkdir -p "$t/elsewhere"
(cd "$t/elsewhere" && "$bin" -p "$t/cc.json" --no-cache -j 2 --format sarif --srcroot "$cases" -o "$t/cwd.sarif" 2>"$t/err")
same_file "sarif other cwd" "$t/j1.sarif" "$t/cwd.sarif"
# every file was analysed and the multi-file cases still link across files
got=$(grep -c '"ruleId"' "$t/j1.sarif")
[ "$got" -ge 20 ] && ok || bad "only $got results over $n files"
grep -q '"ruleId":[[:space:]]*"PT007"' "$t/j4.sarif" && ok || bad "-j4 lost the cross-file PT007 (DPC in one file, quota in another)"
grep -q 'field_tag_across_functions' "$t/j4.sarif" && ok || bad "-j4 lost the cross-file PT004"
finish
