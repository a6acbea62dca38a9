/*
 * PT010 across functions: StartTransfer locks the user buffer's pages and
 * keeps the MDL in the device extension; FinishTransfer frees that MDL
 * with IoFreeMdl and nothing in the driver ever unlocks it (bug check 0x76
 * PROCESS_HAS_LOCKED_PAGES / 0xCB). Reported at the IoFreeMdl.
 */
#include <ntddk.h>

typedef struct _XFER_EXT {
    PMDL LockedMdl;
    PVOID MappedVa;
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
    if (Ext->LockedMdl != NULL) {
        IoFreeMdl(Ext->LockedMdl);   // expect: PT010
        Ext->LockedMdl = NULL;
    }
}
