#!/usr/bin/env bash
# valgrind_test.sh MODE ANALYZER TESTCASES: pooltrack-analyze under memcheck,
# worker processes included (valgrind follows fork). Every process must end
# with no memory error and no leak (definite, indirect or possible), and the
# run must give its normal exit code and findings.
#   parse:  a small source without WDK headers (frontend, engine, rules, output)
#   compdb: a database of cl.exe and gcc entries, a response file, stripped
#           plugins, bad entries; only a missing source is kept (no parse)
#   link:   --link over units made beforehand (no libclang at all)
#   wdk:    one test case with the WDK headers (the slow one: ~1 min)
set -u
mode="$1"; bin="$2"; cases="$3"; here="$(cd "$(dirname "$0")" && pwd)"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
vg=(valgrind --leak-check=full --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99
    --suppressions="$here/pooltrack.supp" --num-callers=30 --log-file="$t/vg.%p.log")
fail=0
case "$mode" in
parse)  want=1; args=(--no-cache -j 1 --format sarif "$here/self_contained_leak.c") ;;
compdb)
    # the reader translates every entry; only the missing source is kept, so
    # no libclang parse is paid for under valgrind
    want=2
    printf '/DFROM_RSP=1 /I "%s"\n' "$here" > "$t/args.rsp"
    cat > "$t/compile_commands.json" <<JSON
[{"directory": "$t", "file": "$here/self_contained_leak.c",
  "arguments": ["cl.exe", "/c", "/kernel", "/I", "$here", "/DDBG=1", "/external:I", "C:\\\\WinDDK\\\\inc", "@args.rsp", "/TC", "self_contained_leak.c"]},
 {"directory": "$here", "file": "other.cpp", "command": "clang -c -I. -DX=\\"a b\\" 'q x' other.cpp"},
 {"directory": "$t", "file": "missing.c",
  "command": "clang -c -Xclang -load -Xclang /nonexistent/evil.so -fplugin=/x.so -B /tmp -include-pch x.pch missing.c"},
 {"directory": 3, "file": "bad.c"}, 7]
JSON
    args=(-p "$t/compile_commands.json" --no-cache -j 1 --format json "$t/missing.c") ;;
link)
    want=1
    "$bin" --no-cache -j 2 --summaries-only "$t/units" "$here/self_contained_leak.c" \
           "$cases/pt005_leak_error_path_goto.c" "$cases/pt004_field_tag_across_functions"/*.c 2>/dev/null
    args=(--link "$t/units" --format sarif --summaries "$t/summaries.json") ;;
wdk)    want=1; args=(--no-cache -j 1 --tu-timeout 0 "$cases/pt005_leak_error_path_goto.c") ;;   # memcheck: no budget
*) echo "unknown mode $mode"; exit 2 ;;
esac
start=$(date +%s)
"${vg[@]}" "$bin" "${args[@]}" >"$t/out" 2>"$t/err"; rc=$?
echo "$mode: exit $rc in $(( $(date +%s) - start )) s under memcheck, $(ls "$t"/vg.*.log | wc -l) process(es)"
[ $rc -eq $want ] || { echo "FAIL exit $rc, expected $want"; head -5 "$t/err"; fail=1; }
for log in "$t"/vg.*.log; do
    if ! grep -q "ERROR SUMMARY: 0 errors" "$log"; then
        echo "FAIL $(basename "$log"):"; grep -v "^==[0-9]*== *$" "$log" | head -60; fail=1
    fi
done
case "$mode" in   # the run under valgrind still did its job
parse|link|wdk) grep -q 'PT005' "$t/out" || { echo "FAIL no PT005 in the report"; fail=1; } ;;
compdb) grep -q 'missing.c: No such file' "$t/err" && grep -q 'loads code, stripped' "$t/out" && grep -c skipped "$t/err" | grep -qx 2 \
            || { echo "FAIL compdb run incomplete"; head -5 "$t/err"; fail=1; } ;;
esac
[ $fail -eq 0 ] && echo "PASS"
exit $fail
