#!/bin/sh
# docs/shim.md must give Driver Verifier's flags right (issue 14, defect 8):
# Low Resources Simulation is 0x4, systematic 0x40000; 0x20 is deadlock
# detection; and the session must turn on pool tracking (0x8).
# usage: docs_flags.sh <docs/shim.md>
DOC=$1
fail() { echo "docs_flags: $*" >&2; exit 1; }
[ -r "$DOC" ] || fail "cannot read $DOC"
# Joined into one line: the claim may wrap.
if tr '\n' ' ' < "$DOC" | grep -Eo '.{0,40}`0x20`.{0,50}' | grep -i 'low resources' | grep -vi 'deadlock'; then
    fail "0x20 given for Low Resources Simulation (it is deadlock detection)"
fi
grep -Eq '^\| `0x4` \|.*Low Resources Simulation' "$DOC" || fail "no 0x4 row for Low Resources Simulation"
grep -Eq '^\| `0x40000` \| Systematic low resources simulation' "$DOC" || fail "no 0x40000 row"
grep -Eq '^\| `0x8` \| Pool tracking' "$DOC" || fail "no 0x8 row for pool tracking"
grep -Eq 'verifier /flags 0xD /driver' "$DOC" || fail "the session does not enable 0x1+0x4+0x8"
grep -q '(confirm.md)' "$DOC" || fail "no link to confirm.md"
echo "docs/shim.md: Driver Verifier flags as documented"
