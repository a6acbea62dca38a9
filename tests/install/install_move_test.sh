#!/usr/bin/env bash
# `cmake --install` to a temporary prefix, the prefix moved elsewhere, the
# pooldemo sample (copied out of the source tree) analysed from there: every
# program, man page, hook and the supplement are installed; the moved analyzer
# finds the same findings as the build's and opens nothing under the source
# or build tree (strace); without its supplement it stops with exit 4.
#   install_move_test.sh BUILD_DIR SOURCE_DIR
set -u
build="$1"; src="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
export HOME="$t/home" XDG_CONFIG_HOME="$t/home/.config"
unset PT_WDK_DIR WDKContentRoot
cmake --install "$build" --prefix "$t/first" > "$t/install.log" 2>&1 || { cat "$t/install.log"; bad "cmake --install failed"; }
mv "$t/first" "$t/moved"
p="$t/moved"
for f in bin/pooltrack-analyze bin/pooltrack-compdb bin/pooltrack-confirm \
         share/pooltrack/git-hooks/pre-commit share/pooltrack/git-hooks/pooltrack-precommit; do
  [ -x "$p/$f" ] && ok || bad "$f not installed (or not executable)"
done
for f in share/pooltrack/wdk/include/pt_prelude.h share/pooltrack/wdk/msvc_standins/pt_wdk_prelude.h \
         share/pooltrack/.pre-commit-hooks.yaml; do
  [ -f "$p/$f" ] && ok || bad "$f not installed"
done
for m in pooltrack-analyze pooltrack-compdb pooltrack-confirm; do
  page="$p/share/man/man1/$m.1"
  if [ ! -f "$page" ]; then bad "man page $m.1 not installed"; continue; fi
  if command -v man >/dev/null; then
    LANG=C LC_ALL=C man --warnings -l "$page" > "$t/page.txt" 2> "$t/warn.txt"
    [ -s "$t/page.txt" ] && [ ! -s "$t/warn.txt" ] && ok || { bad "$m.1 renders with warnings"; head -3 "$t/warn.txt"; }
  fi
done
grep -q 'pooltrack-compdb (1)\|pooltrack-compdb(1)' <(LANG=C MANWIDTH=200 man -l "$p/share/man/man1/pooltrack-analyze.1" 2>/dev/null) \
  && ok || bad "pooltrack-analyze.1 does not name pooltrack-compdb(1)"

# the sample, outside both trees, analysed by the build's and the moved program
mkdir -p "$t/work" && cp -r "$src/samples/pooldemo" "$t/work/"
cd "$t/work/pooldemo"
"$build/pooltrack-analyze" --no-cache driver.c ioctl.c dpc.c > "$t/want.txt" 2>/dev/null; want_rc=$?
run=("$p/bin/pooltrack-analyze" --no-cache driver.c ioctl.c dpc.c)
if command -v strace >/dev/null; then
  # LeakSanitizer cannot run under ptrace (an ASan build): leaks are checked elsewhere
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    strace -f -qq -o "$t/trace" -e trace=open,openat,stat,newfstatat,access,execve "${run[@]}" > "$t/got.txt" 2>/dev/null
  rc=$?
  # the trace names the paths the program looked at; none may be in the trees
  if grep -F -e "\"$src/" -e "\"$build/" "$t/trace" > "$t/leaks"; then
    bad "the moved program looked under the source or build tree:"; head -5 "$t/leaks"
  else ok; fi
  grep -qF "\"$p/bin/../share/pooltrack/wdk" "$t/trace" && ok || bad "the supplement was not looked for beside the executable"
else
  echo "note: strace not installed: the no-source-tree check is left to the exit-4 check below"
  "${run[@]}" > "$t/got.txt" 2>/dev/null; rc=$?
fi
[ "$want_rc" -eq 1 ] && ok || bad "the build's analyzer exits $want_rc on the sample, not 1 (findings)"
[ "$rc" -eq "$want_rc" ] && ok || bad "moved analyzer exits $rc, the build's $want_rc"
grep -qE '^[0-9]+ findings \(' "$t/got.txt" && ok || bad "moved analyzer reports no findings"
cmp -s "$t/want.txt" "$t/got.txt" && ok || { bad "moved analyzer's findings differ:"; diff "$t/want.txt" "$t/got.txt" | head -10; }

# without the supplement: one line, exit 4, no parse attempted
rm -rf "$p/share/pooltrack/wdk"
"${run[@]}" > "$t/out.txt" 2> "$t/err.txt"; rc=$?
[ "$rc" -eq 4 ] && ok || bad "without its supplement the analyzer exits $rc, not 4"
[ "$(wc -l < "$t/err.txt")" -eq 1 ] && grep -q "supplement not found" "$t/err.txt" && ok \
  || { bad "without its supplement, stderr is not one line naming it:"; head -3 "$t/err.txt"; }
[ ! -s "$t/out.txt" ] && ok || bad "without its supplement the analyzer still printed results"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
