#!/usr/bin/env bash
# Byte-identical SARIF and JSON for -j 1 and -j 8, for a repeated run, from
# another working directory and from a warm cache, over a few files (the
# parallel test covers -j 4 over many).
. "$(dirname "$0")/lib.sh"
files=$(ls "$cases"/pt004_*.c | head -3; ls "$cases"/pt005_leak_error_path_goto.c "$cases"/clean_goto_cleanup.c \
        "$cases"/pt004_field_tag_across_functions/*.c)
make_db "$t/cc.json" $files
analyse() {  # OUT FMT ARGS...: one run, its exit code checked
    local out="$1" fmt="$2"; shift 2
    "$bin" -p "$t/cc.json" --format "$fmt" --srcroot "$cases" -o "$out" "$@" 2>"$t/err"
    expect_rc "$out" 1 $?
}
# five parsing runs: -j1 (filling a cache), -j8, -j8 again from elsewhere; JSON -j1, -j8
analyse "$t/j1.sarif" sarif --cache-dir "$t/cache" -j 1
analyse "$t/j8.sarif" sarif --no-cache -j 8
mkdir -p "$t/elsewhere"
(cd "$t/elsewhere" && "$bin" -p "$t/cc.json" --no-cache -j 8 --format sarif --srcroot "$cases" -o "$t/cwd.sarif" 2>"$t/err")
expect_rc "other cwd" 1 $?
analyse "$t/warm.sarif" sarif --cache-dir "$t/cache" -j 8
analyse "$t/j1.json" json --no-cache -j 1
analyse "$t/j8.json" json --no-cache -j 8
same_file "sarif -j1/-j8" "$t/j1.sarif" "$t/j8.sarif"
same_file "sarif repeated -j8, other cwd" "$t/j8.sarif" "$t/cwd.sarif"
same_file "sarif warm cache" "$t/j1.sarif" "$t/warm.sarif"
same_file "json -j1/-j8" "$t/j1.json" "$t/j8.json"
n=$(grep -c '"ruleId"' "$t/j1.sarif")
[ "$n" -ge 6 ] && ok || bad "only $n results: the runs compared found too little"
grep -q 'field_tag_across_functions' "$t/j8.sarif" && ok || bad "-j8 lost the cross-file PT004"
finish
