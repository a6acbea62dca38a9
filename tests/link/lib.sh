# Shared by the link/ tests: counters, checks and a compile database over a
# selection of testcases (multi-file folders and single files).
set -u
bin="$1"; cases="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
expect_rc() {  # name want got
    if [ "$3" -eq "$2" ]; then ok; else bad "$1: exit $3, expected $2"; sed 's/^/  stderr: /' "$t/err" 2>/dev/null | head -5; fi
}
same_file() {  # name a b
    if cmp -s "$2" "$3"; then ok; else bad "$1: $2 and $3 differ"; diff "$2" "$3" | head -10; fi
}
# make_db OUT.json FILE... : one entry per file, directory = the file's folder
make_db() {
    local out="$1"; shift
    { echo "["; local first=1
      for f in "$@"; do
          [ $first -eq 1 ] || echo ","; first=0
          printf '{"directory": "%s", "file": "%s", "arguments": ["cl.exe", "/c", "/W4", "%s"]}' \
                 "$(dirname "$f")" "$f" "$f"
      done; echo "]"; } > "$out"
}
# A selection that has findings of most rules, clean files and multi-file cases.
selection() {
    ls "$cases"/*/*.c "$cases"/pt00[1-5]*.c "$cases"/clean_[a-f]*.c 2>/dev/null | grep -v /pending/
}
# A smaller one for tests that analyse it many times: the multi-file cases and
# a few single files with findings of several rules.
selection_small() {
    ls "$cases"/*/*.c "$cases"/pt004_*.c "$cases"/pt005_leak_error_path_goto.c \
       "$cases"/clean_goto_cleanup.c 2>/dev/null | grep -v /pending/
}
finish() {
    echo "$pass checks passed, $fail failed"
    [ "$fail" -eq 0 ]
}
