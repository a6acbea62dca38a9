#include "xfer.h"

NTSTATUS
XferComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_reads_opt_(_Inexpressible_("varies")) PVOID Context)
{
    PXFER_CONTEXT ctx = (PXFER_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    if (ctx->Mdl != NULL) {
        MmUnlockPages(ctx->Mdl);
    }
    return STATUS_CONTINUE_COMPLETION;
}

VOID
XferCleanup(_Inout_ PXFER_CONTEXT Ctx)
{
    if (Ctx->Mdl != NULL) {
        IoFreeMdl(Ctx->Mdl);
        Ctx->Mdl = NULL;
    }
}
