/*
 * Clean: the extension's MDL field also receives MDLs that are never
 * locked (a nonpaged buffer described by MmBuildMdlForNonPagedPool), so a
 * free of the field without MmUnlockPages may be freeing one of those: not
 * judged.
 */
#include <ntddk.h>

typedef struct _MIX_EXT {
    PMDL Mdl;
} MIX_EXT, *PMIX_EXT;

NTSTATUS
DescribeUser(_Inout_ PMIX_EXT Ext, _In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return status;
    }
    Ext->Mdl = mdl;
    return STATUS_SUCCESS;
}

NTSTATUS
DescribeNonPaged(_Inout_ PMIX_EXT Ext, _In_ PVOID Buffer, _In_ ULONG Length)
{
    PMDL mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    Ext->Mdl = mdl;
    return STATUS_SUCCESS;
}

VOID
ReleaseDescription(_Inout_ PMIX_EXT Ext)
{
    if (Ext->Mdl != NULL) {
        IoFreeMdl(Ext->Mdl);
        Ext->Mdl = NULL;
    }
}
