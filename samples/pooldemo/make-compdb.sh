#!/usr/bin/env bash
# Writes OUTDIR/compile_commands.json for the pooldemo sample, the way a
# Windows build (cl.exe, /kernel) would describe it, with absolute paths
# taken from this script's own location.
#   samples/pooldemo/make-compdb.sh OUTDIR
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)/compile_commands.json
tmp="$out.tmp.$$"
json_escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
dir=$(json_escape "$here")
{
    echo "["
    first=1
    for src in driver.c ioctl.c dpc.c; do
        [ $first -eq 1 ] || echo ","
        first=0
        file=$(json_escape "$here/$src")
        printf '  {\n    "directory": "%s",\n' "$dir"
        printf '    "arguments": ["cl.exe", "/nologo", "/kernel", "/W4", "/I", "%s", "/D", "NDEBUG", "/D", "_AMD64_", "/c", "%s"],\n' "$dir" "$file"
        printf '    "file": "%s"\n  }' "$file"
    done
    echo
    echo "]"
} > "$tmp"
mv "$tmp" "$out"
echo "$out"
