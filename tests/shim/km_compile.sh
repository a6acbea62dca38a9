#!/bin/sh
# Compiles (-c) the kernel build of the shim and a sample driver with the
# MinGW-w64 cross compiler against its DDK headers, -Wall -Wextra -Werror.
# usage: km_compile.sh <cross-gcc> <tools/shim dir> <tests/shim dir> <out dir>
set -e
CC=$1 SHIM=$2 TESTS=$3 OUT=$4
DDK=/usr/x86_64-w64-mingw32/include/ddk
mkdir -p "$OUT"
FLAGS="-c -std=gnu11 -Wall -Wextra -Werror -Wno-multichar -DPOOL_TAGGING -I$TESTS/km -I$DDK -I$SHIM"
for f in pt_shim_core.c pt_shim_fmt.c pt_shim_inject.c pt_shim_report.c \
         pt_shim_wrappers.c pt_shim_wrappers_io.c pt_shim_ndis.c pt_shim_km.c; do
    "$CC" $FLAGS "$SHIM/$f" -o "$OUT/${f%.c}.o"
done
"$CC" $FLAGS -include "$SHIM/pt_shim.h" "$TESTS/km/sample_driver.c" -o "$OUT/sample_driver.o"
# The driver's calls must have gone to the wrappers, not to the kernel.
x86_64-w64-mingw32-nm "$OUT/sample_driver.o" | grep -q ' U pt_ExAllocatePool2$'
x86_64-w64-mingw32-nm "$OUT/sample_driver.o" | grep -q ' U pt_MmProbeAndLockPages$'
if x86_64-w64-mingw32-nm "$OUT/sample_driver.o" | grep -q ' U __imp_ExAllocatePool2$'; then
    echo "sample driver calls ExAllocatePool2 directly" >&2; exit 1
fi
x86_64-w64-mingw32-nm "$OUT/pt_shim_km.o" | grep -q 'DbgPrintEx'
# ...and the wrappers to the kernel's routines (no recursion into themselves).
x86_64-w64-mingw32-nm "$OUT/pt_shim_wrappers.o" | grep -q ' U __imp_ExAllocatePoolWithTag$'
x86_64-w64-mingw32-nm "$OUT/pt_shim_wrappers_io.o" | grep -q ' U __imp_IoAllocateMdl$'
x86_64-w64-mingw32-nm "$OUT/pt_shim_ndis.o" | grep -q ' U __imp_NdisAllocateMemoryWithTagPriority$'
echo "kernel build of the shim compiled: $(ls "$OUT"/*.o | wc -l) objects"
