#!/usr/bin/env bash
# Language-specific flags reach only files of their language (docs/compdb.md):
# MSBuild gives cl.exe both /std:c++20 (LanguageStandard) and /std:c17
# (LanguageStandard_C) for every file, and cl.exe ignores the other
# language's; clang refuses a C file with -std=c++20 ("error 4").
#   language_std_test.sh ANALYZE DIALECT_ARGS
set -u
analyze=$1 dargs=$2
tmp=$(mktemp -d /tmp/pt-dialect-std.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail=0
cat > "$tmp/leak.c" <<'C'
#include <ntddk.h>
NTSTATUS Leak(ULONG n, PVOID *out)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'tseT');
    if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (n > 16) return STATUS_INVALID_PARAMETER;
    *out = p;
    return STATUS_SUCCESS;
}
C
cat > "$tmp/leak.cpp" <<'C'
#include <ntddk.h>
extern "C" NTSTATUS LeakCxx(ULONG n, PVOID *out)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'tseT');
    if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (n > 16) return STATUS_INVALID_PARAMETER;
    *out = p;
    return STATUS_SUCCESS;
}
C
# db FILE COMPILER ARGS...: a one-entry database in $tmp/db
db() {
    local file=$1; shift
    mkdir -p "$tmp/db"
    python3 - "$tmp" "$file" "$@" > "$tmp/db/compile_commands.json" <<'PY'
import json, sys
tmp, f, args = sys.argv[1], sys.argv[2], sys.argv[3:]
print(json.dumps([{"directory": tmp, "file": f, "arguments": args + [f]}]))
PY
}
# expect_std FILE WANT ARGS...: the -std= libclang gets (none: "")
expect_std() {
    local file=$1 want=$2; shift 2
    db "$file" "$@"
    local got
    got=$("$dargs" "$tmp/db/compile_commands.json" | grep -- '^-std=' | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" != "$want" ]; then
        echo "FAIL: $file with $*: -std flags '$got', want '$want'"; fail=1
    fi
}
# expect_leak FILE ARGS...: parsed, and the leak found
expect_leak() {
    local file=$1; shift
    db "$file" "$@"
    local out
    out=$("$analyze" -p "$tmp/db" --no-cache -j1 --format json 2>"$tmp/err")
    if grep -q "could not parse" "$tmp/err" || ! printf '%s' "$out" | grep -q '"PT005"'; then
        echo "FAIL: $file with $*: no PT005"; cat "$tmp/err"; fail=1
    fi
}
expect_std leak.c "-std=c17" cl.exe /nologo /kernel /std:c++20 /std:c17 /c
expect_std leak.cpp "-std=c++20" cl.exe /nologo /kernel /std:c++20 /std:c17 /c
expect_std leak.c "" cl.exe /nologo /kernel /std:c++20 /c
expect_std leak.c "-std=c++17" cl.exe /nologo /kernel /TP /std:c11 /std:c++17 /c
expect_std leak.cpp "-std=c++2b" cl.exe /nologo /kernel /std:c++latest /c
expect_std leak.c "-std=c2x" cl.exe /nologo /kernel /std:clatest /c
expect_std leak.c "-std=gnu11" clang -std=c++17 -std=gnu11 -c
expect_std leak.c "" clang -std=c++17 -c
expect_std leak.cpp "-std=gnu++14" clang -std=gnu++14 -std=c99 -c
expect_leak leak.c cl.exe /nologo /kernel /std:c++20 /c
expect_leak leak.c clang -std=c++20 -c
expect_leak leak.cpp cl.exe /nologo /kernel /std:c++latest /std:c17 /c
[ $fail -eq 0 ] && echo "language-specific flags: OK"
exit $fail
