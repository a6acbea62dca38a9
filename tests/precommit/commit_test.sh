#!/usr/bin/env bash
# The hooks judge the commit, with the real pre-commit framework and with the
# plain git hook: the staged content (not the working files), every option
# passed through (--baseline), only findings the parent does not have, and a
# new source not in the compile database analysed with its neighbour's flags.
. "$(dirname "$0")/lib.sh"
unset POOLTRACK_ARGS POOLTRACK_COMPDB

clean='VOID Work(VOID) { PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 8, T); if (p) ExFreePoolWithTag(p, T); }'
leak='VOID Work(VOID) { PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 8, T); (void)p; }'
# repo MODE: a fresh project with the hook of MODE (framework|plain) installed;
# old.c has a leak its history already has, a.c is clean.
repo() {
  r="$t/$1"; rm -rf "$r"; mkdir -p "$r/inc"; cd "$r" || exit 1
  git init -q .
  printf '#include <ntddk.h>\n#include "tags.h"\nVOID OldLeak(VOID) { PVOID q = ExAllocatePoolZero(PagedPool, 8, T); (void)q; }\n' > old.c
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n' "$clean" > a.c
  echo "#define T 'gaTM'" > inc/tags.h   # found only through the database's -I
  printf '[{"directory": "%s", "file": "%s", "arguments": ["cl.exe", "/kernel", "/I%s/inc", "/c", "%s"]},\n' "$r" old.c "$r" old.c > compile_commands.json
  printf ' {"directory": "%s", "file": "%s", "arguments": ["cl.exe", "/kernel", "/I%s/inc", "/c", "%s"]}]\n' "$r" a.c "$r" a.c >> compile_commands.json
  printf '.pooltrack-cache/\n' > .gitignore
  if [ "$1" = framework ]; then
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: pooltrack\n%s' "$src" "$rev" "${hook_args:-}" > .pre-commit-config.yaml
    pre-commit install >/dev/null 2>&1 || bad "$1: pre-commit install"
  else
    cp "$src/tools/git-hooks/pre-commit" "$src/tools/git-hooks/pooltrack-precommit" .git/hooks/
  fi
  git add -A && git commit -q --no-verify -m base
}
# commit MODE WHAT WANT(accept|refuse): git commit of what is staged
commit() {
  if git commit -qm "$2" >"$t/out" 2>&1; then got=accept; else got=refuse; fi
  [ "$got" = "$3" ] && ok || { bad "$1: $2: got $got, want $3"; sed 's/^/    /' "$t/out" | head -12; }
  git reset -q --hard HEAD 2>/dev/null; git clean -qfd -e .pooltrack-cache 2>/dev/null
}

for mode in framework plain; do
  # the staged leak is judged even when the working copy no longer has it
  hook_args="" repo $mode
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n' "$leak" > a.c; git add a.c
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n' "$clean" > a.c
  commit $mode "leak staged, fixed only in the working copy" refuse
  # and the reverse: a clean staged file is not refused for an unstaged leak
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n// staged\n' "$clean" > a.c; git add a.c
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n' "$leak" > a.c
  commit $mode "clean staged, leak only in the working copy" accept

  # an old finding in a touched file does not block; a new one next to it does, alone
  echo "// a comment" >> old.c; git add old.c
  commit $mode "a comment in a file with an old leak" accept
  echo 'VOID NewLeak(VOID) { PVOID q = ExAllocatePoolZero(PagedPool, 8, T); (void)q; }' >> old.c; git add old.c
  commit $mode "a new leak in a file with an old one" refuse
  grep -q "NewLeak" "$t/out" && ! grep -q "OldLeak" "$t/out" && ok \
    || { bad "$mode: the refusal names NewLeak and not OldLeak"; sed 's/^/    /' "$t/out" | head -8; }

  # a new source not in the compile database: the neighbour's flags (its -I
  # finds tags.h), with a note; clean is accepted, a leak refused
  printf '#include <ntddk.h>\n#include "tags.h"\nVOID Fresh(VOID) { PVOID q = ExAllocatePoolZero(PagedPool, 8, T); if (q) ExFreePoolWithTag(q, T); }\n' > fresh.c
  git add fresh.c
  commit $mode "a clean new file not in the database" accept
  printf '#include <ntddk.h>\n#include "tags.h"\nVOID Fresh(VOID) { PVOID q = ExAllocatePoolZero(PagedPool, 8, T); (void)q; }\n' > fresh.c
  git add fresh.c
  commit $mode "a new file with a leak, not in the database" refuse
  grep -q "fresh.c:.*PT005" "$t/out" && grep -q "nearest neighbour" "$t/out" && ok \
    || { bad "$mode: new file: no PT005 in fresh.c or no note on the neighbour"; sed 's/^/    /' "$t/out" | head -8; }

  # options pass through: --baseline with a baseline that knows the new leak
  if [ $mode = framework ]; then
    hook_args="        args: [--baseline, baseline.sarif]
" repo $mode
  else
    hook_args="" repo $mode; export POOLTRACK_ARGS="--baseline baseline.sarif"
  fi
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\n' "$leak" > a.c
  pooltrack-analyze -p compile_commands.json --no-cache --write-baseline baseline.sarif >/dev/null 2>&1
  git add a.c baseline.sarif
  commit $mode "a leak the --baseline knows" accept
  printf '#include <ntddk.h>\n#include "tags.h"\n%s\nVOID Other(VOID) { PVOID z = ExAllocatePoolZero(PagedPool, 4, T); (void)z; }\n' "$leak" > a.c
  git add a.c
  commit $mode "a leak the --baseline does not know" refuse
  unset POOLTRACK_ARGS
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
