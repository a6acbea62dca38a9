/*
 * Clean twin of pt010_locked_field_freed_elsewhere.c: the function that
 * releases the MDL kept in the device extension unlocks it first, through
 * a local copy of the field.
 */
#include <ntddk.h>

typedef struct _XFER_EXT {
    PMDL LockedMdl;
} XFER_EXT, *PXFER_EXT;

NTSTATUS
StartTransfer(_Inout_ PXFER_EXT Ext, _In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;
    NTSTATUS status = STATUS_SUCCESS;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(mdl);
        return status;
    }
    Ext->LockedMdl = mdl;
    return STATUS_SUCCESS;
}

VOID
FinishTransfer(_Inout_ PXFER_EXT Ext)
{
    PMDL mdl = Ext->LockedMdl;

    if (mdl != NULL) {
        Ext->LockedMdl = NULL;
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
    }
}
