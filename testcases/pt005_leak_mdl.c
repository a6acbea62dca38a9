/*
 * PT005 leak of an MDL from IoAllocateMdl (no IRP given, so the driver owns
 * it): MmMapLockedPagesSpecifyCache fails and the function returns without
 * IoFreeMdl. The nonpaged buffer it describes is not pageable, so no lock
 * is involved (MmBuildMdlForNonPagedPool).
 */
#include <ntddk.h>

typedef struct _SHARED_SECTION {
    PVOID KernelVa;
    PVOID UserVa;
    PMDL Mdl;
    ULONG Size;
} SHARED_SECTION, *PSHARED_SECTION;

NTSTATUS
MapToUserBad(_Inout_ PSHARED_SECTION Section)
{
    PMDL mdl;
    PVOID userVa;

    mdl = IoAllocateMdl(Section->KernelVa, Section->Size, FALSE, FALSE, NULL);  // expect: PT005
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    userVa = MmMapLockedPagesSpecifyCache(mdl, UserMode, MmCached, NULL, FALSE,
                                          NormalPagePriority);
    if (userVa == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;     /* mdl leaks */
    }
    Section->UserVa = userVa;
    Section->Mdl = mdl;
    return STATUS_SUCCESS;
}

NTSTATUS
MapToUserGood(_Inout_ PSHARED_SECTION Section)
{
    PMDL mdl;
    PVOID userVa;

    mdl = IoAllocateMdl(Section->KernelVa, Section->Size, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    userVa = MmMapLockedPagesSpecifyCache(mdl, UserMode, MmCached, NULL, FALSE,
                                          NormalPagePriority);
    if (userVa == NULL) {
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Section->UserVa = userVa;
    Section->Mdl = mdl;
    return STATUS_SUCCESS;
}
