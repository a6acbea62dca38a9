#!/usr/bin/env bash
# A TU past its memory budget (--tu-memory) costs only itself: an error line
# on stderr, a SARIF tool execution notification, the other file's finding
# kept, exit 2. Once through our own allocations (PT_WORKER_FAULT=mem:), once
# through libclang's (a macro bomb).
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
if ldd "$bin" 2>/dev/null | grep -q libasan; then
    echo "SKIP: built with ASan, which reserves terabytes of address space: --tu-memory (RLIMIT_AS) is off"
    finish; exit
fi
cp "$good" "$t/victim.c"
for fmt in sarif text; do
    PT_WORKER_FAULT=mem:victim.c run "mem-$fmt" 2 --no-cache --tu-memory 300 -j 2 --format $fmt "$t/victim.c" "$good"
    err_lines "mem-$fmt" 1 "^${P}.*/victim.c: not analysed: the worker parsing it ran out of memory \(memory budget 300 MB, --tu-memory\)$"
    good_kept "mem-$fmt"
done
grep -q "PT005" "$t/out" && [ "$(grep -c '\[PT005\]' "$t/out")" -eq 1 ] && ok || bad "mem-text: expected exactly the good file's finding"
PT_WORKER_FAULT=mem:victim.c run mem-sarif 2 --no-cache --tu-memory 300 --format sarif "$t/victim.c" "$good"
python3 - "$t/out" <<'PY' && ok || bad "mem: not a SARIF error notification naming victim.c"
import json, sys
n = json.load(open(sys.argv[1]))['runs'][0]['invocations'][0]['toolExecutionNotifications']
sys.exit(0 if any(x['level'] == 'error' and 'victim.c' in x['message']['text'] and 'memory' in x['message']['text'] for x in n) else 1)
PY
# 10^9 tokens: libclang's allocations hit the budget; LLVM says "out of memory"
# and aborts the worker
{ echo '#define A0 x'
  for i in $(seq 1 9); do printf '#define A%d' "$i"; for k in $(seq 10); do printf ' A%d' $((i-1)); done; echo; done
  echo 'int bomb(int x) { return A9; }'; } > "$t/bomb.c"
run macro-bomb-memory 2 --no-cache --tu-memory 400 --tu-timeout 120 --format sarif "$t/bomb.c" "$good"
err_lines macro-bomb-memory 1 "^${P}.*/bomb.c: not analysed: the worker parsing it (crashed \(signal 6, SIGABRT \(or out of its memory budget\)\); it said: LLVM ERROR: out of memory; the other files are not affected|ran out of memory \(memory budget 400 MB, --tu-memory\))$"
grep -q "out of memory" "$t/err" && ok || bad "macro-bomb-memory: 'out of memory' not said"
good_kept macro-bomb-memory
grep -q 'bomb.c: ' "$t/out" && ok || bad "macro-bomb-memory: not in the SARIF notifications"
finish
