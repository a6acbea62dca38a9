#!/bin/sh
# Compiles the kernel build of the shim and a sample driver with the MinGW-w64
# cross compiler against its DDK headers (-Wall -Wextra -Werror), then links
# them into a .sys against import stubs made from km/ntoskrnl.def, and checks
# the driver's imports: ExAllocatePool2/3 must not be among them (looked up at
# run time, so the driver loads before Windows 10 2004).
# usage: km_compile.sh <cross-gcc> <tools/shim dir> <tests/shim dir> <out dir> [mingw root]
set -e
CC=$1 SHIM=$2 TESTS=$3 OUT=$4
TOOLS=${CC%gcc}
DDK=${5:-/usr/x86_64-w64-mingw32}/include/ddk
mkdir -p "$OUT"
rm -f "$OUT"/*.o "$OUT"/*.sys "$OUT"/*.a
FLAGS="-c -O2 -std=gnu11 -Wall -Wextra -Werror -Wno-multichar -DPOOL_TAGGING -I$TESTS/km -I$DDK -I$SHIM"
for f in pt_shim_core.c pt_shim_table.c pt_shim_unload.c pt_shim_fmt.c pt_shim_inject.c \
         pt_shim_report.c pt_shim_wrappers.c pt_shim_wrappers_io.c pt_shim_wrappers_more.c \
         pt_shim_ndis.c pt_shim_flt.c pt_shim_wdf.c \
         pt_shim_modules.c pt_shim_km.c pt_shim_km_pool2.c pt_shim_km_modules.c; do
    "$CC" $FLAGS "$SHIM/$f" -o "$OUT/${f%.c}.o"
done
"$CC" $FLAGS -include "$SHIM/pt_shim.h" "$TESTS/km/sample_driver.c" -o "$OUT/sample_driver.o"
# The driver's calls must have gone to the wrappers, not to the kernel.
"${TOOLS}nm" "$OUT/sample_driver.o" | grep -q ' U pt_ExAllocatePool2$'
"${TOOLS}nm" "$OUT/sample_driver.o" | grep -q ' U pt_MmProbeAndLockPages$'
if "${TOOLS}nm" "$OUT/sample_driver.o" | grep -q ' U __imp_ExAllocatePool2$'; then
    echo "sample driver calls ExAllocatePool2 directly" >&2; exit 1
fi
"${TOOLS}nm" "$OUT/pt_shim_km.o" | grep -q 'DbgPrintEx'
# ...and the wrappers to the kernel's routines (no recursion into themselves).
"${TOOLS}nm" "$OUT/pt_shim_wrappers.o" | grep -q ' U __imp_ExAllocatePoolWithTag$'
"${TOOLS}nm" "$OUT/pt_shim_wrappers_io.o" | grep -q ' U __imp_IoAllocateMdl$'
"${TOOLS}nm" "$OUT/pt_shim_wrappers_more.o" | grep -q ' U __imp_MmAllocatePagesForMdlEx$'
"${TOOLS}nm" "$OUT/pt_shim_wrappers_more.o" | grep -q ' U __imp_IoAllocateWorkItem$'
"${TOOLS}nm" "$OUT/pt_shim_flt.o" | grep -q ' U __imp_FltFreePoolAlignedWithTag$'
"${TOOLS}nm" "$OUT/pt_shim_flt.o" | grep -q ' U __imp_FltReleaseContext$'
"${TOOLS}nm" "$OUT/pt_shim_wdf.o" | grep -q ' U WdfFunctions$'
"${TOOLS}nm" "$OUT/pt_shim_ndis.o" | grep -q ' U __imp_NdisAllocateMemoryWithTagPriority$'

# Link a .sys (the NDIS file needs ndis.sys and stays out: the sample is WDM).
"${TOOLS}dlltool" -d "$TESTS/km/ntoskrnl.def" -l "$OUT/libntoskrnl_pt.a"
# --dynamicbase keeps the base relocations: a driver is loaded anywhere.
"$CC" -nostdlib -shared -Wl,--subsystem,native -Wl,--entry,DriverEntry \
      -Wl,--exclude-all-symbols -Wl,--dynamicbase -Wl,--nxcompat -o "$OUT/pt_sample.sys" \
      $(ls "$OUT"/*.o | grep -v 'pt_shim_ndis.o\|pt_shim_flt.o\|pt_shim_wdf.o') "$OUT/libntoskrnl_pt.a"
"${TOOLS}objdump" -p "$OUT/pt_sample.sys" > "$OUT/pt_sample.imports"
grep -q 'Subsystem.*(NT native)' "$OUT/pt_sample.imports"
"${TOOLS}objdump" -h "$OUT/pt_sample.sys" | grep -q ' [.]reloc '
grep -q 'DLL Name: ntoskrnl.exe' "$OUT/pt_sample.imports"
grep -Eq '[[:space:]]MmGetSystemRoutineAddress$' "$OUT/pt_sample.imports"
grep -Eq '[[:space:]]ExAllocatePoolWithTag$' "$OUT/pt_sample.imports"
# The allocation stacks and the families added for issue 14 link too.
for f in RtlCaptureStackBackTrace ZwQuerySystemInformation IoAllocateWorkItem IoBuildAsynchronousFsdRequest \
         MmAllocatePagesForMdlEx MmFreePagesFromMdl; do
    grep -Eq "[[:space:]]$f\$" "$OUT/pt_sample.imports" || { echo "pt_sample.sys does not import $f" >&2; exit 1; }
done
if grep -Eq '[[:space:]]ExAllocatePool[23]$' "$OUT/pt_sample.imports"; then
    echo "pt_sample.sys imports ExAllocatePool2/3: it would not load before Windows 10 2004" >&2
    exit 1
fi
if grep -q 'DLL Name:' "$OUT/pt_sample.imports" && \
   grep 'DLL Name:' "$OUT/pt_sample.imports" | grep -vq 'ntoskrnl.exe'; then
    echo "pt_sample.sys imports from a module other than ntoskrnl.exe" >&2; exit 1
fi
# A minifilter links the flt wrappers too, importing them from fltmgr.sys.
"${TOOLS}dlltool" -d "$TESTS/km/fltmgr.def" -l "$OUT/libfltmgr_pt.a"
"$CC" -nostdlib -shared -Wl,--subsystem,native -Wl,--entry,DriverEntry \
      -Wl,--exclude-all-symbols -Wl,--dynamicbase -Wl,--nxcompat -o "$OUT/pt_flt_sample.sys" \
      $(ls "$OUT"/*.o | grep -v 'pt_shim_ndis.o\|pt_shim_wdf.o') "$OUT/libntoskrnl_pt.a" "$OUT/libfltmgr_pt.a"
"${TOOLS}objdump" -p "$OUT/pt_flt_sample.sys" > "$OUT/pt_flt_sample.imports"
grep -q 'DLL Name: fltmgr.sys' "$OUT/pt_flt_sample.imports"
grep -Eq '[[:space:]]FltAllocatePoolAlignedWithTag$' "$OUT/pt_flt_sample.imports"
grep -Eq '[[:space:]]FltReleaseContext$' "$OUT/pt_flt_sample.imports"
# Every routine that hands out or gives back a context reference is wrapped.
for f in FltGetVolumeContext FltGetFileContext FltGetStreamHandleContext FltGetTransactionContext \
         FltGetSectionContext FltGetContexts FltGetContextsEx FltSetVolumeContext FltSetFileContext \
         FltSetStreamHandleContext FltSetTransactionContext FltDeleteVolumeContext FltDeleteInstanceContext \
         FltDeleteFileContext FltDeleteStreamContext FltDeleteStreamHandleContext FltDeleteTransactionContext; do
    grep -Eq "[[:space:]]$f\$" "$OUT/pt_flt_sample.imports" || { echo "pt_flt_sample.sys does not import $f" >&2; exit 1; }
done
# A KMDF driver links the memory-object wrappers; the framework's routines
# are reached through WdfFunctions (wdf_stub.c stands for WdfDriverEntry.lib),
# so the image still imports from ntoskrnl.exe only.
"$CC" $FLAGS "$TESTS/km/wdf_stub.c" -o "$OUT/wdf_stub.o.x"
"$CC" -nostdlib -shared -Wl,--subsystem,native -Wl,--entry,DriverEntry \
      -Wl,--exclude-all-symbols -Wl,--dynamicbase -Wl,--nxcompat -o "$OUT/pt_wdf_sample.sys" \
      $(ls "$OUT"/*.o | grep -v 'pt_shim_ndis.o\|pt_shim_flt.o') "$OUT/wdf_stub.o.x" "$OUT/libntoskrnl_pt.a"
"${TOOLS}objdump" -p "$OUT/pt_wdf_sample.sys" > "$OUT/pt_wdf_sample.imports"
if grep 'DLL Name:' "$OUT/pt_wdf_sample.imports" | grep -vq 'ntoskrnl.exe'; then
    echo "pt_wdf_sample.sys imports from a module other than ntoskrnl.exe" >&2; exit 1
fi
echo "kernel build of the shim compiled ($(ls "$OUT"/*.o | wc -l) objects) and linked:" \
     "$OUT/pt_sample.sys, $(grep -Ec '^[[:space:]]+[0-9a-f]+[[:space:]]+[0-9]+[[:space:]]+[A-Za-z_]' "$OUT/pt_sample.imports") imports"
