# Shared by the hostile/ tests: run the analyzer, assert its exact exit code,
# its stderr line by line, and that the good file's finding survived.
set -u
bin="$(realpath "$1")"; cases="$(cd "$2" && pwd)"   # absolute: some cases run elsewhere
t=$(mktemp -d); trap 'chmod -R u+rwx "$t" 2>/dev/null; rm -rf "$t"' EXIT
good="$cases/pt005_leak_error_path_goto.c"   # one PT005, always reported
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; sed 's/^/  stderr: /' "$t/err" 2>/dev/null | head -5; fail=$((fail+1)); }
# run NAME WANT_RC ARGS...: stdout in $t/out, stderr in $t/err
run() {
    local name="$1" want="$2"; shift 2
    "$bin" "$@" >"$t/out" 2>"$t/err"; local got=$?
    # a run over ten seconds (a bomb, a loaded machine) logs its progress: not judged here
    sed -i -E '/^pooltrack: [0-9]+% \([0-9]+\/[0-9]+ files\)$/d' "$t/err"
    [ "$got" -eq "$want" ] && ok || bad "$name: exit $got, expected $want"
}
# err_lines NAME N REGEX: exactly N stderr lines, every one matching REGEX
err_lines() {
    local n; n=$(wc -l < "$t/err")
    [ "$n" -eq "$2" ] && ok || bad "$1: $n stderr lines, expected $2"
    if [ "$n" -gt 0 ]; then
        grep -vqE -- "$3" "$t/err" && bad "$1: stderr line not matching '$3'" || ok
    fi
}
good_kept() {  # NAME: the good file's PT005 is in the report
    grep -q "PT005" "${2:-$t/out}" && ok || bad "$1: the good file's PT005 was lost"
}
# db OUT ENTRY-JSON...: a database of these raw entries plus one for the good file
db() {
    local out="$1"; shift
    { printf '['; for e in "$@"; do printf '%s,\n' "$e"; done
      printf '{"directory": "%s", "file": "%s", "arguments": ["cc", "-c", "%s"]}]\n' \
             "$(dirname "$good")" "$good" "$good"; } > "$out"
}
entry() {  # FILE: a plain entry for FILE
    printf '{"directory": "%s", "file": "%s", "arguments": ["cc", "-c", "%s"]}' "$t" "$1" "$1"
}
finish() {
    echo "$pass checks passed, $fail failed"
    [ "$fail" -eq 0 ]
}
