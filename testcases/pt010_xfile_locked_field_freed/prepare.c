/*
 * PT010 across files: XferPrepare allocates the context's MDL and locks
 * its pages through the field; XferCleanup (cleanup.c) frees the field with
 * IoFreeMdl, and no function of the driver unlocks it.
 */
#include "xfer.h"

NTSTATUS
XferPrepare(_Inout_ PXFER_CONTEXT Ctx, _In_ PVOID UserVa, _In_ ULONG Length)
{
    NTSTATUS status = STATUS_SUCCESS;

    Ctx->Mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (Ctx->Mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(Ctx->Mdl, UserMode, IoReadAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    if (!NT_SUCCESS(status)) {
        IoFreeMdl(Ctx->Mdl);
        Ctx->Mdl = NULL;
        return status;
    }
    Ctx->Length = Length;
    return STATUS_SUCCESS;
}
