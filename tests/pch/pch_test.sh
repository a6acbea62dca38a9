#!/usr/bin/env bash
# Shared precompiled headers: a run over test cases reports and lowers exactly
# what it does with --no-pch; a changed, unguarded or damaged header set is
# never trusted; a selection with a cache builds the PCH its group shares.
. "$(dirname "$0")/../link/lib.sh"
# a private TMPDIR: the last check counts the temp folders a run leaves, and
# other runs on the machine make and remove their own under /tmp
export TMPDIR="$t/tmp"; mkdir -p "$TMPDIR"
stat_of() {  # stats-file python-expression-on-s
    python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print($2)" "$1"
}
# 1. Same findings and same IR, test cases of every header family (WDM, NDIS,
#    KMDF, minifilter, ntifs, C++) with and without the PCH: every test case.
files=$(ls "$cases"/*.c "$cases"/*.cpp 2>/dev/null | grep -v /pending/)
n=$(echo "$files" | wc -l)
"$bin" --no-cache -j 2 --format json -o "$t/pch.json" --stats-json "$t/pch.stats" --dump-ir $files 2>"$t/pch.ir"
"$bin" --no-cache -j 2 --no-pch --format json -o "$t/nopch.json" --dump-ir $files 2>"$t/nopch.ir"
same_file "findings with = without PCH ($n files)" "$t/pch.json" "$t/nopch.json"
sed -i '/^pooltrack: [0-9]*% (/d' "$t/pch.ir" "$t/nopch.ir"   # progress lines of a run over ten seconds
same_file "IR with = without PCH" "$t/pch.ir" "$t/nopch.ir"
used=$(stat_of "$t/pch.stats" "s['precompiled_headers']['translation_units']")
[ "$used" -ge $((n / 2)) ] && ok || bad "only $used of $n files were parsed with a shared PCH"
[ "$(stat_of "$t/pch.stats" "len(s['parse_times'])")" = "$n" ] && ok || bad "parse_times does not list every parsed file"

# 2. A project whose first header is its own "precomp.h" (named in another
#    case, as Windows projects do), which includes <proj.h> from an -I folder:
#    the PCH is kept in the cache, reused, and rebuilt when a header changes.
p="$t/proj"; mkdir -p "$p/inc"
cat > "$p/inc/proj.h" <<'H'
#pragma once
#include <ntddk.h>
#define PROJ_TAG 'jorP'
H
printf '#pragma once\n#include <proj.h>\n' > "$p/precomp.h"
for f in a b c; do
cat > "$p/$f.c" <<C
#pragma warning(disable:4201) // nameless struct
#include "PreComp.h"
VOID Use_$f(SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, PROJ_TAG);
    if (p == NULL) return;
    ExFreePoolWithTag(p, 'jorP');
}
C
done
printf '#define LOCAL 1\n#include "precomp.h"\nVOID Lone(VOID) {}\n' > "$p/d.c"   # a #define first: no PCH
printf '[' > "$p/compile_commands.json"
for f in a b c d; do
  [ $f = a ] || printf ',' >> "$p/compile_commands.json"
  printf '{"directory": "%s", "file": "%s.c", "arguments": ["cl.exe", "/c", "/I", "inc", "%s.c"]}' "$p" $f $f >> "$p/compile_commands.json"
done
echo ']' >> "$p/compile_commands.json"
run() {  # name want-rc [files]
    local name=$1 want=$2; shift 2
    "$bin" -p "$p" --format json -o "$t/$name.json" --stats-json "$t/$name.stats" "$@" 2>"$t/err"
    expect_rc "$name" "$want" $?
}
pch() { stat_of "$t/$1.stats" "s['precompiled_headers']['$2']"; }
run cold 0   # one TU of the group is parsed first without it (the probe: no errors in its headers)
[ "$(pch cold built)" = 1 ] && [ "$(pch cold translation_units)" = 2 ] && ok \
    || bad "cold: built $(pch cold built), used by $(pch cold translation_units) (want 1, 2)"
ls "$p/.pooltrack-cache/pch/"*.pch >/dev/null 2>&1 && ok || bad "the PCH is not kept in the cache"
sed -i 's/Use_a/Use_A/' "$p/a.c"                    # a.c changes: parsed again, with the kept PCH
run edit 0
[ "$(pch edit built)" = 0 ] && [ "$(pch edit translation_units)" = 1 ] && ok \
    || bad "edit: built $(pch edit built), used by $(pch edit translation_units) (want 0, 1)"
sed -i "s/'jorP'/'jorQ'/" "$p/inc/proj.h"           # the header changes: every TU sees the new tag
run header 1
[ "$(pch header built)" = 1 ] && ok || bad "a changed header did not rebuild the PCH"
[ "$(grep -c '"PT004"' "$t/header.json")" = 3 ] && ok || bad "the header change did not reach all three files"
"$bin" -p "$p" --no-cache --no-pch --format json -o "$t/header-nopch.json" 2>/dev/null
same_file "changed header: with = without PCH" "$t/header.json" "$t/header-nopch.json"
# a damaged PCH (same size and time in the deps file) is not trusted: clang
# refuses it and the TU is parsed without it
for f in "$p/.pooltrack-cache/pch/"*.pch; do
  python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(4096); f.write(b'\0'*65536)" "$f"
done
sed -i 's/Use_b/Use_B/' "$p/b.c"
run damaged 1
"$bin" -p "$p" --no-cache --no-pch --format json -o "$t/damaged-nopch.json" 2>/dev/null
same_file "damaged PCH: with = without PCH" "$t/damaged.json" "$t/damaged-nopch.json"
[ "$(pch damaged translation_units)" = 0 ] && ok || bad "a damaged PCH was counted as loaded"
# a worker that crashes while it loads a PCH gets a second try without it
sed -i 's/Use_c/Use_C/' "$p/c.c"
PT_WORKER_FAULT=pchcrash:c.c run crashed 1
[ "$(grep -c '"PT004"' "$t/crashed.json")" = 3 ] && ok || bad "a crash with the PCH lost c.c's finding"
grep -q "crashed" "$t/crashed.json" && bad "the retried crash is still reported" || ok
# a selection of one file still shares its group's PCH (grouped over the database)
rm -rf "$p/.pooltrack-cache"
run select 1 "$p/c.c"   # the probe; the PCH is built for the next run
[ "$(pch select built)" = 1 ] && [ "$(pch select translation_units)" = 0 ] && ok \
    || bad "one selected file: built $(pch select built), used $(pch select translation_units) (want 1, 0)"
run select2 1 "$p/b.c"
[ "$(pch select2 built)" = 0 ] && [ "$(pch select2 translation_units)" = 1 ] && ok \
    || bad "the next selected file: built $(pch select2 built), used $(pch select2 translation_units) (want 0, 1)"

# 3. A first header without an include guard is not shared (the main file's
#    own #include would read it again): no PCH, the same findings.
q="$t/noguard"; mkdir -p "$q/inc"
printf '#include <ntddk.h>\n#define NG_TAG 1\n' > "$q/inc/ng.h"
for f in a b; do
  printf '#include <ng.h>\nVOID F_%s(VOID) { PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 8, NG_TAG); if (p) ExFreePoolWithTag(p, 2); }\n' $f > "$q/$f.c"
done
printf '[{"directory": "%s", "file": "a.c", "arguments": ["cl", "/c", "/Iinc", "a.c"]}, {"directory": "%s", "file": "b.c", "arguments": ["cl", "/c", "/Iinc", "b.c"]}]' "$q" "$q" > "$q/compile_commands.json"
"$bin" -p "$q" --format json -o "$t/ng.json" --stats-json "$t/ng.stats" 2>"$t/err"
[ "$(stat_of "$t/ng.stats" "s['precompiled_headers']['translation_units']")" = 0 ] && ok || bad "an unguarded header was shared"
grep -q "has no include guard" "$q/.pooltrack-cache/pch/"*.deps && ok || bad "the deps file does not say why the PCH is not used"
[ "$(grep -c '"PT00[0-9]"' "$t/ng.json")" -ge 2 ] && ok || bad "unguarded header: findings lost"

# 4. A project header that defines static or inline functions is not shared:
#    each file lowers its own copy (a PCH's declarations are not visited in
#    the files that load it), so b.c still sees the wrapper and its double free.
w="$t/wrappers"; mkdir -p "$w"
printf '#pragma once\n#include <ntddk.h>\nstatic __inline PVOID WAlloc(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPoolNx, n, 1); }\nstatic __inline VOID WFree(PVOID p) { ExFreePoolWithTag(p, 1); }\n' > "$w/w.h"
for f in a b; do
  printf '#include "w.h"\nVOID F_%s(VOID) { PVOID p = WAlloc(8); if (!p) return; WFree(p); WFree(p); }\n' $f > "$w/$f.c"
done
printf '[{"directory": "%s", "file": "a.c", "arguments": ["cl", "/c", "a.c"]}, {"directory": "%s", "file": "b.c", "arguments": ["cl", "/c", "b.c"]}]' "$w" "$w" > "$w/compile_commands.json"
"$bin" -p "$w" --format json -o "$t/w.json" --stats-json "$t/w.stats" 2>"$t/err"
[ "$(stat_of "$t/w.stats" "s['precompiled_headers']['translation_units']")" = 0 ] && ok || bad "a header defining functions was shared"
grep -q "a project header defines functions, such as WAlloc" "$w/.pooltrack-cache/pch/"*.deps && ok || bad "the deps file does not say why the PCH is not used"
[ "$(grep -c '"PT008"' "$t/w.json")" = 2 ] && ok || bad "header wrappers: a file lost its double free ($(grep -c '"PT008"' "$t/w.json") of 2)"
rm -rf "${TMPDIR:?}"/*
"$bin" --no-cache -j 2 --format json -o /dev/null "$cases"/pt005_leak_error_path_goto.c "$cases"/clean_goto_cleanup.c 2>/dev/null
[ -z "$(ls -A "$TMPDIR")" ] && ok || bad "a run without a cache left temp folders behind: $(ls -A "$TMPDIR")"
finish
