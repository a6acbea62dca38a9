#!/usr/bin/env bash
# Exit codes and one-line errors of pooltrack-analyze on good and bad input.
set -u
bin="$1"; cases="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
check() {  # name expected-exit command...
    local name="$1" want="$2"; shift 2
    "$@" >"$t/out" 2>"$t/err"; local got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL $name: exit $got, expected $want"; sed 's/^/  stderr: /' "$t/err" | head -5; fail=$((fail+1))
    else pass=$((pass+1)); fi
}
stderr_has() {  # name pattern
    if grep -q -- "$2" "$t/err"; then pass=$((pass+1)); else echo "FAIL $1: stderr lacks '$2'"; sed 's/^/  /' "$t/err" | head -5; fail=$((fail+1)); fi
}
stdout_has() {
    if grep -q -- "$2" "$t/out"; then pass=$((pass+1)); else echo "FAIL $1: stdout lacks '$2'"; fail=$((fail+1)); fi
}
one_line_stderr() {
    local n; n=$(wc -l < "$t/err")
    if [ "$n" -eq 1 ]; then pass=$((pass+1)); else echo "FAIL $1: $n stderr lines, expected 1"; fail=$((fail+1)); fi
}

check no-args 2 "$bin"
check bad-format 2 "$bin" --format xml "$cases/clean_goto_cleanup.c"; one_line_stderr bad-format
check missing-db 2 "$bin" -p "$t/nope.json"; stderr_has missing-db "No such file"; one_line_stderr missing-db
printf '[{"directory": ' > "$t/bad.json"
check invalid-json 2 "$bin" -p "$t/bad.json"; stderr_has invalid-json "invalid JSON"; one_line_stderr invalid-json
printf '{"a": 1}' > "$t/obj.json"
check not-array 2 "$bin" -p "$t/obj.json"; stderr_has not-array "array"
check clean-file 0 "$bin" "$cases/clean_goto_cleanup.c"
check finding-file 1 "$bin" "$cases/pt004_wrong_tag_literal.c"; stdout_has finding-file "\[PT004\]"
check fail-on-error 0 "$bin" --fail-on error "$cases/pt001_string_literal_tag.c"
# a missing source: exit 2, and the good file's findings are still reported
check missing-source 2 "$bin" --format json "$t/missing.c" "$cases/pt004_wrong_tag_literal.c"
stdout_has missing-source '"PT004"'; stderr_has missing-source "missing.c"
check dir-as-source 2 "$bin" "$t"; stderr_has dir-as-source "not a regular file"
head -c 4096 /dev/urandom > "$t/garbage.c"
check garbage-source 0 "$bin" "$t/garbage.c"
check list-rules 0 "$bin" --list-rules; stdout_has list-rules "PT010"
check explain 0 "$bin" --explain PT004; stdout_has explain "BAD_POOL_CALLER"
check explain-bad 2 "$bin" --explain PT999; one_line_stderr explain-bad
check version 0 "$bin" --version; stdout_has version "pooltrack-analyze"
check out-missing-dir 2 "$bin" -o "$t/no/such/dir/out.txt" "$cases/pt004_wrong_tag_literal.c"
one_line_stderr out-missing-dir
[ ! -e "$t/no/such/dir/out.txt" ] && pass=$((pass+1)) || { echo "FAIL partial output left"; fail=$((fail+1)); }
check stats-json 1 "$bin" --stats-json "$t/stats.json" "$cases/pt004_wrong_tag_literal.c"
grep -q '"call_sites"' "$t/stats.json" && grep -q '"PT004"' "$t/stats.json" && pass=$((pass+1)) || { echo "FAIL stats-json content"; cat "$t/stats.json"; fail=$((fail+1)); }
# --checks: only some rules, or all but some
check checks-only 1 "$bin" --format json --checks PT004 "$cases/pt001_string_literal_tag.c" "$cases/pt004_wrong_tag_literal.c"
grep -q '"PT004"' "$t/out" && ! grep -q '"PT001"' "$t/out" && pass=$((pass+1)) || { echo "FAIL --checks PT004"; fail=$((fail+1)); }
check checks-minus 1 "$bin" --format json --checks -PT004 "$cases/pt001_string_literal_tag.c" "$cases/pt004_wrong_tag_literal.c"
grep -q '"PT001"' "$t/out" && ! grep -q '"PT004"' "$t/out" && pass=$((pass+1)) || { echo "FAIL --checks -PT004"; fail=$((fail+1)); }
check checks-none-left 0 "$bin" --checks PT010 "$cases/pt004_wrong_tag_literal.c"
check checks-bad 2 "$bin" --checks PT999 "$cases/pt004_wrong_tag_literal.c"; one_line_stderr checks-bad
# progress: on a terminal after the first second, never with --quiet or on a pipe
if command -v script >/dev/null 2>&1; then
  mkdir -p "$t/many"; for i in $(seq 3); do cp "$cases/pt005_leak_error_path_goto.c" "$t/many/f$i.c"; done
  export PT_PROGRESS_DELAY_MS=0   # no waiting for the first second: the test does not depend on speed
  script -qec "$bin $t/many/*.c >/dev/null" /dev/null > "$t/tty" 2>&1
  grep -q "ETA" "$t/tty" && pass=$((pass+1)) || { echo "FAIL no progress line on a terminal"; fail=$((fail+1)); }
  script -qec "$bin --quiet $t/many/*.c >/dev/null" /dev/null > "$t/tty" 2>&1
  grep -q "ETA" "$t/tty" && { echo "FAIL progress despite --quiet"; fail=$((fail+1)); } || pass=$((pass+1))
  "$bin" "$t"/many/*.c >/dev/null 2>"$t/err"
  grep -q "ETA" "$t/err" && { echo "FAIL progress on a pipe"; fail=$((fail+1)); } || pass=$((pass+1))
  # on a pipe (a CI log): plain lines per tenth, no escape codes, none with --quiet
  grep -qx "pooltrack: 100% (3/3 files)" "$t/err" && ! grep -q $'\033' "$t/err" && pass=$((pass+1)) ||
    { echo "FAIL no 10% progress lines on a pipe"; cat "$t/err"; fail=$((fail+1)); }
  "$bin" --quiet "$t"/many/*.c >/dev/null 2>"$t/err"
  grep -q "pooltrack: .*%" "$t/err" && { echo "FAIL log progress despite --quiet"; fail=$((fail+1)); } || pass=$((pass+1))
  unset PT_PROGRESS_DELAY_MS   # the checks below read stderr of quick runs
fi
# deep nesting and long chains must neither crash nor hang (a hang guard, not a
# speed test; scripts/valgrind-suite.sh stretches it by PT_TIMEOUT_SCALE)
{
  echo 'void f(int x) {'; for i in $(seq 2000); do printf '{'; done; echo 'x++;'
  for i in $(seq 2000); do printf '}'; done; echo '}'
  printf 'int h(int x){ return x'; for i in $(seq 20000); do printf ' + x'; done; echo '; }'
  printf 'int k(int x){ if (x'; for i in $(seq 3000); do printf ' && x'; done; echo ') return 1; return 0; }'
} > "$t/deep.c"
timeout $((120 * ${PT_TIMEOUT_SCALE:-1})) "$bin" "$t/deep.c" >/dev/null 2>&1; rc=$?
[ "$rc" -eq 0 ] && pass=$((pass+1)) || { echo "FAIL deep nesting: exit $rc"; fail=$((fail+1)); }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
