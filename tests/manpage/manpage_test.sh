#!/usr/bin/env bash
# The man page renders without warnings, names every option --help lists, and
# `cmake --install` puts it under share/man/man1.
set -u
bin="$1"; page="$2"; build="$3"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
command -v man >/dev/null || { echo "FAIL man is not installed"; exit 1; }
LANG=C LC_ALL=C MANWIDTH=1000 man --warnings -l "$page" > "$t/page.txt" 2> "$t/warn.txt"
[ -s "$t/page.txt" ] && ok || bad "man -l renders nothing"
[ ! -s "$t/warn.txt" ] && ok || { bad "man -l warns:"; head -5 "$t/warn.txt"; }
"$bin" --help > "$t/help.txt"
opts=$(grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' "$t/help.txt" | sed 's/^[ ,]*//' | sort -u)
[ "$(echo "$opts" | wc -l)" -ge 20 ] && ok || bad "found only $(echo "$opts" | wc -l) options in --help"
for o in $opts; do
  grep -qE -- "(^|[^a-zA-Z-])$o([^a-zA-Z-]|$)" "$t/page.txt" && ok || bad "option $o of --help is not in the man page"
done
cmake --install "$build" --prefix "$t/inst" >/dev/null 2>&1
[ -f "$t/inst/share/man/man1/pooltrack-analyze.1" ] && ok || bad "cmake --install does not install the man page"
[ -x "$t/inst/bin/pooltrack-analyze" ] && ok || bad "cmake --install does not install pooltrack-analyze"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
