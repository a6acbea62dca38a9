#!/usr/bin/env bash
# Compiles every test case with clang against MinGW-w64's DDK headers only
# (no pooltrack supplement) and prints, per file, the distinct errors that
# are located in the case itself, plus "fatal" for missing headers. The
# analyzer brings what MinGW lacks (ExAllocatePool2, POOL_FLAG_*, wdf.h,
# fltKernel.h, NDIS 6), so errors naming those are expected; anything else
# is a bug in the test case.
#   tests/expect/syntax_check.sh [files or folders...]   (default: testcases/ samples/pooldemo/)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
ddk=${PT_MINGW_ROOT:-/usr/x86_64-w64-mingw32}/include/ddk   # cmake prints the one it found
[ -d "$ddk" ] || { echo "syntax_check: $ddk missing (apt-get install mingw-w64-x86-64-dev)" >&2; exit 2; }
cc=$(command -v clang-14 || command -v clang) || { echo "syntax_check: clang not found" >&2; exit 2; }
[ $# -gt 0 ] || set -- "$root/testcases" "$root/samples/pooldemo"
files=$(find "$@" \( -name '*.c' -o -name '*.cpp' \) -not -path '*/pending/*' | sort)
for f in $files; do
    lang=c; case $f in *.cpp) lang=c++;; esac
    out=$("$cc" --target=x86_64-w64-mingw32 -fsyntax-only -fms-extensions -DPOOL_TAGGING \
          -ferror-limit=0 -I"$ddk" -I"$(dirname "$f")" -x $lang "$f" 2>&1)
    base=$(basename "$f")
    errs=$(printf '%s\n' "$out" | grep -E "^[^ ]*${base}:[0-9]+:[0-9]+: (fatal )?error:" |
           sed -E 's/^[^ ]*:[0-9]+:[0-9]+: //' | sort | uniq -c | sort -rn)
    hdr=$(printf '%s\n' "$out" | grep -E "^/usr/.*: (fatal )?error:" | wc -l)
    if [ -z "$errs" ] && [ "$hdr" -eq 0 ]; then
        echo "OK    ${f#$root/}"
    else
        echo "ERR   ${f#$root/}  (errors inside MinGW headers: $hdr)"
        [ -z "$errs" ] || printf '%s\n' "$errs" | sed 's/^/      /'
    fi
done
