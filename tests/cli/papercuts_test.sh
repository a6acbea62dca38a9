#!/usr/bin/env bash
# --explain in any case; --checks wildcards and their precedence; output
# paths checked before the analysis; --color and TERM=dumb.
set -u
bin="$1"; cases="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
rules() { "$bin" --no-cache --checks "$1" "$cases/pt005_leak_error_path_goto.c" "$cases/pt001_string_literal_tag.c" \
            "$cases/pt004_wrong_tag_literal.c" 2>/dev/null | grep -oE '\[PT0[0-9]+\]' | sort -u | tr -d '[]' | tr '\n' ' '; }

[ "$("$bin" --explain pt004 | head -1)" = "$("$bin" --explain PT004 | head -1)" ] && ok || bad "--explain pt004 differs"
"$bin" --explain TAG-MISMATCH | grep -q '^PT004 ' && ok || bad "--explain by name in upper case"
[ "$(rules 'PT00*')" = "PT001 PT004 PT005 " ] && ok || bad "PT00*: $(rules 'PT00*')"
[ "$(rules 'PT00*,-PT005')" = "PT001 PT004 " ] && ok || bad "PT00*,-PT005: $(rules 'PT00*,-PT005')"
[ "$(rules '-PT00*,pt005')" = "PT005 " ] && ok || bad "-PT00*,pt005 (a later entry wins): $(rules '-PT00*,pt005')"
[ "$(rules '-PT004')" = "PT001 PT005 " ] && ok || bad "-PT004: $(rules '-PT004')"
[ "$(rules 'tag-*')" = "PT004 " ] && ok || bad "tag-* by name: $(rules 'tag-*')"
"$bin" --checks 'PX*' "$cases/pt001_string_literal_tag.c" >/dev/null 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && grep -q "'PX\*' names no rule" "$t/err" && ok || bad "--checks PX*: exit $rc $(cat "$t/err")"

# a bad -o fails at once, before any file is parsed (a missing input would say more)
"$bin" -o "$t/none/x.sarif" "$cases/pt001_string_literal_tag.c" >/dev/null 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot write $t/none/x.sarif: No such file or directory (the folder $t/none does not exist)" "$t/err" && ok || bad "-o in a missing folder: exit $rc $(cat "$t/err")"
"$bin" -o "$t" "$cases/pt001_string_literal_tag.c" >/dev/null 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot write $t: Is a directory" "$t/err" && ok || bad "-o a folder: exit $rc"
"$bin" --export-fixes "$t/none/f.yaml" "$t/missing-input.c" >/dev/null 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && grep -q "cannot write $t/none/f.yaml" "$t/err" && ! grep -q "missing-input" "$t/err" && ok || bad "--export-fixes checked after the inputs: $(cat "$t/err")"

# colour
f="$cases/pt001_string_literal_tag.c"
"$bin" --no-cache --color=always "$f" 2>/dev/null | grep -q $'\033\[' && ok || bad "--color=always without escapes"
"$bin" --no-cache --color=never "$f" 2>/dev/null | grep -q $'\033\[' && bad "--color=never with escapes" || ok
if command -v script >/dev/null; then   # a terminal: auto colours unless TERM=dumb
  TERM=xterm script -qec "$bin --no-cache $f" /dev/null 2>/dev/null | grep -q $'\033\[1m' && ok || bad "auto on a terminal without colour"
  TERM=dumb script -qec "$bin --no-cache $f" /dev/null 2>/dev/null | grep -q $'\033\[1m' && bad "TERM=dumb still coloured" || ok
fi
"$bin" --color=sometimes "$f" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--color=sometimes accepted"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
