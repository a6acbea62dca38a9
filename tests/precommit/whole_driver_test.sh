#!/usr/bin/env bash
# The whole-driver checks (PT006 memory held at unload, PT004 tags across
# functions: docs/drivers.md) judge the commit, with the real pre-commit
# framework and with the plain git hook, also when the working files differ
# from the staged ones (the plain hook then analyses a copy of the index) and
# with no cache a full run left: the driver's other files are the staged
# content's, not the working files'.
. "$(dirname "$0")/lib.sh"
unset POOLTRACK_ARGS POOLTRACK_COMPDB

hdr='#include <ntddk.h>
#include "drv.h"'
entry() {   # entry.c: DriverEntry keeps g_Table (and g_Extra with "extra")
  printf '%s\nPVOID g_Table;\nPVOID g_Extra;\n' "$hdr"
  printf 'NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)\n{\n'
  printf '    UNREFERENCED_PARAMETER(RegistryPath);\n'
  printf '    g_Table = ExAllocatePool2(POOL_FLAG_PAGED, 4096, TBL_TAG);\n'
  printf '    if (g_Table == NULL) return STATUS_INSUFFICIENT_RESOURCES;\n'
  [ "${1:-}" = extra ] && printf '    g_Extra = ExAllocatePool2(POOL_FLAG_PAGED, 64, TBL_TAG);\n'
  printf '    DriverObject->DriverUnload = TblUnload;\n    return STATUS_SUCCESS;\n}\n'
}
unload() {  # unload.c: TblUnload frees what $1 says (table, none, table+extra), with tag $2
  printf '%s\nVOID TblUnload(_In_ PDRIVER_OBJECT DriverObject)\n{\n    UNREFERENCED_PARAMETER(DriverObject);\n' "$hdr"
  case "$1" in *table*) printf '    if (g_Table != NULL) { ExFreePoolWithTag(g_Table, %s); g_Table = NULL; }\n' "${2:-TBL_TAG}" ;; esac
  case "$1" in *extra*) printf '    if (g_Extra != NULL) { ExFreePoolWithTag(g_Extra, TBL_TAG); g_Extra = NULL; }\n' ;; esac
  printf '}\n%s' "${3:-}"
}
# repo MODE: a driver of two files (the unload routine in the other one) with
# the hook of MODE (framework|plain) installed, committed clean, no cache.
repo() {
  r="$t/$1"; rm -rf "$r"; mkdir -p "$r"; cd "$r" || exit 1
  git init -q .
  printf "#define TBL_TAG 'lbTx'\nextern PVOID g_Table;\nextern PVOID g_Extra;\nDRIVER_UNLOAD TblUnload;\n" > drv.h
  entry > entry.c; unload table > unload.c
  printf '[{"directory": "%s", "file": "entry.c", "arguments": ["cl.exe", "/kernel", "/c", "entry.c"]},\n' "$r" > compile_commands.json
  printf ' {"directory": "%s", "file": "unload.c", "arguments": ["cl.exe", "/kernel", "/c", "unload.c"]}]\n' "$r" >> compile_commands.json
  printf '.pooltrack-cache/\n' > .gitignore
  if [ "$1" = framework ]; then
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: pooltrack\n' "$src" "$rev" > .pre-commit-config.yaml
    pre-commit install >/dev/null 2>&1 || bad "$1: pre-commit install"
  else
    cp "$src/tools/git-hooks/pre-commit" "$src/tools/git-hooks/pooltrack-precommit" .git/hooks/
  fi
  git add -A && git commit -q --no-verify -m base
}
# commit MODE WHAT WANT(accept|refuse) [RULE]: git commit of what is staged;
# a refusal must name RULE, and no run may skip the driver for want of units
commit() {
  if git commit -qm "$2" >"$t/out" 2>&1; then got=accept; else got=refuse; fi
  if [ "$got" = "$3" ] && { [ -z "${4:-}" ] || grep -q "\[$4\]" "$t/out"; } && ! grep -q "no current analysis" "$t/out"; then
    ok
  else
    bad "$1: $2: got $got, want $3${4:+ with $4}"; sed 's/^/    /' "$t/out" | head -12
  fi
  git reset -q --hard HEAD 2>/dev/null; git clean -qfd -e .pooltrack-cache 2>/dev/null
}

for mode in framework plain; do
  repo $mode
  # the staged unload routine stops freeing g_Table; the working copy frees it again
  unload none > unload.c; git add unload.c; unload table "" "// working copy" > unload.c
  commit $mode "PT006 staged, fixed in the working copy, no cache" refuse PT006
  grep -q "entry.c:.*g_Table.*\[PT006\]" "$t/out" && ok || { bad "$mode: the PT006 names entry.c and g_Table"; sed 's/^/    /' "$t/out" | head -6; }
  # the twin: the staged unload routine is clean, the working copy leaks
  unload table "" "// staged" > unload.c; git add unload.c; unload none > unload.c
  commit $mode "clean staged, PT006 only in the working copy" accept
  # a new allocation staged in entry.c; the free only in the unstaged unload.c
  entry extra > entry.c; git add entry.c; unload table+extra > unload.c
  commit $mode "PT006: the free is in a file the commit leaves out" refuse PT006
  grep -q "g_Extra" "$t/out" && ! grep -q "global g_Table" "$t/out" && ok \
    || { bad "$mode: the refusal names g_Extra only"; sed 's/^/    /' "$t/out" | head -6; }
  # its twin: both files staged, the working unload.c drops the free again
  entry extra > entry.c; unload table+extra > unload.c; git add entry.c unload.c; unload table > unload.c
  commit $mode "allocation and free both staged, the working copy leaks" accept
  # PT004 across functions: the staged unload frees with another tag
  unload table "'ZZZZ'" > unload.c; git add unload.c; unload table "" "// working copy" > unload.c
  commit $mode "PT004 across files staged, fixed in the working copy" refuse PT004
  # the staged content equals the working files (no copy), no cache either
  rm -rf .pooltrack-cache
  unload none > unload.c; git add unload.c
  commit $mode "PT006 staged and in the working copy, no cache" refuse PT006
done

# options that write (--fix) reach the run that judges the staged files, not
# the one that fills the cache: a fixable old finding in a file the commit
# leaves out stays as it is
printf "VOID Old(VOID) { PVOID p = ExAllocatePoolWithTag(PagedPool, 8, 0x41424344); if (p) ExFreePoolWithTag(p, 0x41424345); }\n" >> entry.c
git add entry.c && git commit -q --no-verify -m "an old tag mismatch"
unload table+extra "" "// staged" > unload.c; git add unload.c   # HEAD frees both since the twin above
POOLTRACK_ARGS=--fix git commit -qm "a comment, with --fix" >"$t/out" 2>&1 && git diff --quiet HEAD -- entry.c && ok \
  || { bad "plain: --fix: commit refused, or a file it leaves out changed: $(git diff --stat HEAD -- entry.c)"; sed 's/^/    /' "$t/out" | head -6; }
# the framework judges all the staged files in one run: by default it splits
# more than four over parallel runs (one per CPU), which would each judge a
# part of the commit and share the hook's copies (.pre-commit-hooks.yaml:
# require_serial). A spy in front of the analyzer counts the parent's runs.
repo framework
printf '#!/bin/sh\ncase "$*" in *--write-baseline*) echo parent >> "%s/runs" ;; esac\nexec "%s" "$@"\n' "$t" "$analyzer" > "$t/spy"
chmod +x "$t/spy"; : > "$t/runs"
for i in 1 2 3 4 5 6; do printf '%s\nVOID Part%d(VOID) { }\n' "$hdr" $i > part$i.c; done
git add part*.c
POOLTRACK_ANALYZE="$t/spy" git commit -qm "six new files" >"$t/out" 2>&1 && [ "$(wc -l < "$t/runs")" -eq 1 ] && ok \
  || { bad "framework: six staged files: $(wc -l < "$t/runs") hook runs, want 1"; sed 's/^/    /' "$t/out" | head -6; }
# two drivers built from one build folder (two CMake targets, told apart by
# "output": docs/drivers.md), plain hook with unstaged changes: each staged
# unload routine that stops freeing gives its own driver's PT006
fx="$src/tests/link/fixtures/one_build_folder"   # A frees only g_Log, B only g_Buf
r="$t/two"; mkdir -p "$r/build"; cd "$r" || exit 1; git init -q .
sed 's/^    ExFreePoolWithTag(g_Log, TAG);/&\n    ExFreePoolWithTag(g_Buf, TAG);/' "$fx/a.c" > a.c
sed 's/^    ExFreePoolWithTag(g_Buf, TAG);/&\n    ExFreePoolWithTag(g_Log, TAG);/' "$fx/b.c" > b.c
printf '[{"directory": "%s/build", "file": "%s/a.c", "arguments": ["cl.exe", "/kernel", "/c", "%s/a.c"], "output": "CMakeFiles/drvA.dir/a.c.obj"},\n' "$r" "$r" "$r" > build/compile_commands.json
printf ' {"directory": "%s/build", "file": "%s/b.c", "arguments": ["cl.exe", "/kernel", "/c", "%s/b.c"], "output": "CMakeFiles/drvB.dir/b.c.obj"}]\n' "$r" "$r" "$r" >> build/compile_commands.json
printf '.pooltrack-cache/\n' > .gitignore
cp "$src/tools/git-hooks/pre-commit" "$src/tools/git-hooks/pooltrack-precommit" .git/hooks/
git add -A && git commit -q --no-verify -m "two drivers, both clean"
cp "$fx/a.c" "$fx/b.c" .; git add a.c b.c; echo "// working copy" >> a.c
git commit -qm "both unload routines free one global less" >"$t/out" 2>&1
have=$(grep -o '^[ab]\.c:[0-9]*:[0-9]*: warning: .* kept in the global g_[A-Za-z]*' "$t/out" | sed 's/:[0-9]*: warning: .* global / /' | sort | tr '\n' ' ')
[ "$have" = "a.c:16 g_Buf b.c:17 g_Log " ] && grep -q "analysing a copy of the index" "$t/out" && ok \
  || { bad "plain: two drivers in one build folder: PT006 at '$have', want 'a.c:16 g_Buf b.c:17 g_Log '"; sed 's/^/    /' "$t/out" | head -8; }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
