#!/usr/bin/env bash
# Hostile sources, each next to the good file: garbage, a 50 MB file, 10,000-deep
# nesting, a macro bomb, non-UTF-8 names and text, an unreadable file. None
# may crash or hang the run, and the good file's finding is always kept.
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
# binary garbage, with NUL bytes, as a .c file: parse errors, no finding, no crash
head -c 65536 /dev/urandom > "$t/garbage.c"
run garbage 1 --no-cache "$t/garbage.c" "$good"; err_lines garbage 0 ""; good_kept garbage
# 50 MB: the good code, 47 MB of comments, 2,000 small functions, a 1 MB string
python3 - "$good" "$t/big.c" <<'PY'
import sys
good, out = sys.argv[1], sys.argv[2]
with open(out, 'w') as f:
    f.write(open(good).read())
    line = '/* ' + 'x' * 96 + ' */\n'
    f.write(line * (47 * 1024 * 1024 // len(line)))
    for i in range(2000):
        f.write('static int f%d(int x) { int y = x * %d; if (y > 3) return y - 1; return y + 2; }\n' % (i, i))
    f.write('static const char blob[] = "' + 'a' * (1 << 20) + '";\n')
PY
size=$(stat -c %s "$t/big.c")
[ "$size" -gt 50000000 ] && ok || bad "big.c is only $size bytes"
run big-source 1 --no-cache --format json "$t/big.c"; err_lines big-source 0 ""
grep -q '"PT005"' "$t/out" && ok || bad "big-source: the PT005 in the 50 MB file was lost"
rm -f "$t/big.c"
# 10,000-deep nesting of every kind next to a function with a finding
python3 - "$good" "$t/deep.c" <<'PY'
import sys
good, out = sys.argv[1], sys.argv[2]
N = 10000
with open(out, 'w') as f:
    f.write(open(good).read())
    f.write('int parens(int x) { return ' + '(' * N + 'x' + ')' * N + '; }\n')
    f.write('void blocks(int x) { ' + '{' * N + 'x++;' + '}' * N + ' }\n')
    f.write('int ifs(int x) { ' + 'if (x) ' * N + 'return 1; return 0; }\n')
    f.write('int loops(int x) { ' + 'while (x--) ' * N + 'x++; return x; }\n')
    f.write('int nots(int x) { return ' + '!' * N + 'x; }\n')
    f.write('int chain(int x) { return x' + ' + x' * N + '; }\n')
    f.write('int ternary(int x) { return ' + 'x ? ' * N + '1' + ' : 0' * N + '; }\n')
    f.write('int logic(int x) { if (x' + ' && x' * N + ') return 1; return 0; }\n')
PY
timeout 300 "$bin" --no-cache "$t/deep.c" >"$t/out" 2>"$t/err"; rc=$?
[ $rc -eq 1 ] && ok || bad "deep: exit $rc, expected 1"
err_lines deep 0 ""; good_kept deep
# a macro bomb: 2^40 expansions of a nested function-like macro. It needs time
# and memory (~30 MB/s): which budget stops it first depends on how fast the
# machine is at the moment (under ASan --tu-memory is off: always the time
# budget). Either is right: the run ends, says which, and keeps the good file.
{ echo '#define A0(x) x'
  for i in $(seq 1 40); do echo "#define A$i(x) A$((i-1))(A$((i-1))(x))"; done
  echo 'int bomb(int x) { return A40(x); }'; } > "$t/bomb.c"
start=$(date +%s)
# -j 1: the good file is parsed after the bomb, not next to it on a busy machine.
# The budgets are the good file's too: 60 s, as its parse under ctest -j16 on
# 2 cores took more than 10 s; 1000 MB is ~30 s of the bomb's growth.
run macro-bomb 2 --no-cache --tu-timeout 60 --tu-memory 1000 --format sarif -j 1 "$t/bomb.c" "$good"
took=$(( $(date +%s) - start ))
# a hang guard, not a timing bound: the good file's parse may be slow under load
[ $took -lt 400 ] && ok || bad "macro-bomb: took $took s with a 60 s budget"
err_lines macro-bomb 1 "^${P}.*bomb.c: not analysed: (parsing took longer than the time budget \(60 s, --tu-timeout\)|the worker parsing it crashed \(signal 6, SIGABRT \(or out of its memory budget\)\); it said: LLVM ERROR: out of memory; the other files are not affected|the worker parsing it ran out of memory \(memory budget 1000 MB, --tu-memory\))$"
good_kept macro-bomb
grep -q '"toolExecutionNotifications"' "$t/out" && grep -q 'bomb.c: not analysed' "$t/out" && ok || bad "macro-bomb: not a SARIF notification"
# sources that crash libclang on purpose: the worker dies, the run goes on
printf 'int f(void) { return 0; }\n#pragma clang __debug crash\n' > "$t/crash.c"
printf '#pragma clang __debug llvm_fatal_error\n' > "$t/fatal.c"
run libclang-crash 2 --no-cache "$t/crash.c" "$t/fatal.c" "$good"
err_lines libclang-crash 2 "^${P}.*/(crash|fatal).c: not analysed: the worker parsing it crashed \(signal [0-9]+, [A-Z]+.*\).*; the other files are not affected$"
good_kept libclang-crash
# non-UTF-8 file name and contents: every report stays valid UTF-8 JSON
latin="$t/l$(printf '\351')ak.c"
python3 - "$good" "$latin" <<'PY'
import sys
# Latin-1 in a condition on every leaking path (the one right after the
# allocation): it reaches the path steps' messages
src = open(sys.argv[1], 'rb').read().replace(b'if (info == NULL)', b'if (info == NULL + sizeof "\xe9\xff" - 3)', 1)
open(sys.argv[2], 'wb').write(b'/* caf\xe9 \xff\xfe */\n' + src)
PY
for fmt in json sarif; do
    run "latin1-$fmt" 1 --no-cache --format "$fmt" "$latin"; err_lines "latin1-$fmt" 0 ""
    python3 -c 'import json,sys; json.loads(open(sys.argv[1],"rb").read().decode("utf-8"))' "$t/out" 2>/dev/null \
        && ok || bad "latin1-$fmt: the report is not valid UTF-8 JSON"
    grep -q 'PT005' "$t/out" && ok || bad "latin1-$fmt: the finding was lost"
    grep -q "sizeof .*$(printf '\357\277\275\357\277\275')" "$t/out" && ok || bad "latin1-$fmt: the path step lost the text"
done
run latin1-text 1 --no-cache "$latin"; grep -q "$(basename "$latin").*PT005" "$t/out" && ok || bad "latin1-text: the file name was not kept as is"
# an unreadable file. Tests run as root, whom chmod 000 does not stop: this
# case runs the analyzer as nobody (setpriv), or is skipped saying why.
if [ "$(id -u)" -ne 0 ]; then as=(); elif command -v setpriv >/dev/null; then
    as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); else as=(none); fi
if [ "${as[0]:-}" != none ]; then
    mkdir -p "$t/ro"; cp "$good" "$t/ro/good.c"; echo 'int x;' > "$t/ro/secret.c"; chmod 000 "$t/ro/secret.c"
    chmod 755 "$t" "$t/ro"; chmod 644 "$t/ro/good.c"
    printf '[%s,%s]\n' "$(entry "$t/ro/secret.c")" "$(entry "$t/ro/good.c")" > "$t/ro/cc.json"; chmod 644 "$t/ro/cc.json"
    if "${as[@]}" test -r "$bin" 2>/dev/null && ! "${as[@]}" test -r "$t/ro/secret.c"; then
        (cd /tmp && TMPDIR=/tmp "${as[@]}" "$bin" -p "$t/ro/cc.json" --no-cache) >"$t/out" 2>"$t/err"; rc=$?
        [ $rc -eq 2 ] && ok || bad "unreadable: exit $rc, expected 2"
        err_lines unreadable 1 "^${P}.*secret.c: Permission denied$"; good_kept unreadable
        (cd /tmp && "${as[@]}" "$bin" --no-cache "$t/ro/secret.c" "$t/ro/good.c") >"$t/out" 2>"$t/err"; rc=$?
        [ $rc -eq 2 ] && ok || bad "unreadable-cli: exit $rc, expected 2"
        err_lines unreadable-cli 1 "^${P}.*secret.c: Permission denied$"; good_kept unreadable-cli
    else
        echo "SKIP unreadable: nobody cannot run $bin here, or can read a mode-000 file"
    fi
else
    echo "SKIP unreadable: running as root without setpriv, and root reads mode-000 files"
fi
finish
