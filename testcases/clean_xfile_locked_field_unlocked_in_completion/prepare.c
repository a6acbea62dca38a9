/*
 * Clean twin of pt010_xfile_locked_field_freed: the completion routine
 * (complete.c) unlocks the context's MDL, and the cleanup routine, another
 * function, frees it later.
 */
#include "xfer.h"

NTSTATUS
XferPrepare(_Inout_ PXFER_CONTEXT Ctx, _In_ PVOID UserVa, _In_ ULONG Length)
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
    Ctx->Mdl = mdl;
    Ctx->Length = Length;
    return STATUS_SUCCESS;
}
