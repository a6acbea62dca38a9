#!/usr/bin/env bash
# Instructions per alloc/free pair through the runtime shim against the raw
# pair of the user-mode backend, counted by callgrind (issue 14: <= 5x), and
# the instructions of one unload report over 16,000 blocks (issue 14:
# <= 50 ms), allocated at one call site or at 1,024.
# Instruction counts do not depend on what else the machine runs, unlike
# shim_bench's times. Prints figures; asserts nothing.
# usage: tools/bench/shim_instr.sh [BUILD_DIR or SHIM_BENCH] [PAIRS]
set -eu
build="${1:-build}"; pairs="${2:-100000}"
if [ -f "$build" ]; then bench="$build"; else bench="$build/shim_bench"; fi
[ -x "$bench" ] || { echo "shim_instr: no $bench (cmake --build $build --target shim_bench)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "shim_instr: valgrind is not installed" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Instructions executed inside fn (and what it calls) while running loop.
count() {
    local loop="$1" fn="$2"
    valgrind --tool=callgrind --toggle-collect="$fn" --callgrind-out-file="$tmp/$loop.out" \
        "$bench" --only "$loop" "$pairs" >/dev/null 2>"$tmp/$loop.err" ||
        { cat "$tmp/$loop.err" >&2; exit 1; }
    awk '/^(summary|totals):/ { print $2; exit }' "$tmp/$loop.out"
}
raw=$(count raw pairs_raw)
shim=$(count shim pairs_shim)
nostack=$(count shim_nostack pairs_shim)
full=$(count shim_full pairs_shim)
rep=$(count report unload_report)
rep_sites=$(count report_sites unload_report)
awk -v n="$pairs" -v r="$raw" -v s="$shim" -v ns="$nostack" -v f="$full" -v u="$rep" -v us="$rep_sites" 'BEGIN {
    printf "alloc/free pair, %d pairs, instructions (callgrind Ir):\n", n
    printf "  raw pool (user-mode backend)       %8.1f per pair\n", r / n
    printf "  through the shim                   %8.1f per pair  = %.2fx raw\n", s / n, s / r
    printf "  through the shim, no stack capture %8.1f per pair  = %.2fx raw\n", ns / n, ns / r
    printf "  through the shim, 16000 outstanding %7.1f per pair  = %.2fx raw\n", f / n, f / r
    printf "unload report over 16000 outstanding blocks, instructions (callgrind Ir):\n"
    printf "  one call site                      %8.1f M  = %.0f per block\n", u / 1e6, u / 16000
    printf "  1024 call sites                    %8.1f M  = %.0f per block\n", us / 1e6, us / 16000
}'
