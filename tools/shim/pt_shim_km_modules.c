/* Kernel backend: the loaded-module list for naming stack frames, read with
 * ZwQuerySystemInformation(SystemModuleInformation) at PASSIVE_LEVEL into a
 * buffer of the image (the shim allocates nothing) at the start of every
 * report, and published for lookups at any IRQL (pt_shim_modules.c). */
#include <ntddk.h>
#include "pt_shim_km_compat.h"
#include "pt_shim_backend.h"
#include "pt_shim_modules.h"

#define PT_SYSTEM_MODULE_INFORMATION 11

/* RTL_PROCESS_MODULES, which the WDK does not declare. */
struct pt_rtl_module {
    HANDLE Section;
    PVOID MappedBase;
    PVOID ImageBase;
    ULONG ImageSize;
    ULONG Flags;
    USHORT LoadOrderIndex;
    USHORT InitOrderIndex;
    USHORT LoadCount;
    USHORT OffsetToFileName;
    UCHAR FullPathName[256];
};
struct pt_rtl_modules {
    ULONG NumberOfModules;
    struct pt_rtl_module Modules[PT_SHIM_MAX_MODULES];
};

NTSYSAPI NTSTATUS NTAPI ZwQuerySystemInformation(ULONG SystemInformationClass, PVOID SystemInformation,
                                                 ULONG SystemInformationLength, PULONG ReturnLength);

static struct pt_rtl_modules pt_rtl;            /* about 150 KB of .bss at the default size */
static struct pt_module pt_found[PT_SHIM_MAX_MODULES];

void pt_backend_modules_refresh(void)
{
    ULONG i, n, len = 0;
    NTSTATUS s = ZwQuerySystemInformation(PT_SYSTEM_MODULE_INFORMATION, &pt_rtl, sizeof pt_rtl, &len);
    if (!NT_SUCCESS(s))   /* more than PT_SHIM_MAX_MODULES: keep the last snapshot */
        return;
    n = pt_rtl.NumberOfModules < PT_SHIM_MAX_MODULES ? pt_rtl.NumberOfModules : PT_SHIM_MAX_MODULES;
    for (i = 0; i < n; i++) {
        const struct pt_rtl_module *r = &pt_rtl.Modules[i];
        USHORT off = r->OffsetToFileName < sizeof r->FullPathName ? r->OffsetToFileName : 0;
        char path[sizeof r->FullPathName + 1];
        ULONG k;
        for (k = 0; k < sizeof r->FullPathName && r->FullPathName[k]; k++)
            path[k] = (char)r->FullPathName[k];
        path[k] = '\0';
        pt_found[i].base = (uintptr_t)r->ImageBase;
        pt_found[i].size = r->ImageSize;
        pt_module_short_name(path + (off <= k ? off : 0), pt_found[i].name, sizeof pt_found[i].name);
    }
    pt_modules_publish(pt_found, n);
}
