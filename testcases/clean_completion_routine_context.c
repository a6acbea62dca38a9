/*
 * Clean: a per-request context passed as the context of
 * IoSetCompletionRoutine belongs to the completion routine, which frees it.
 * The dispatch routine must not free it after IoCallDriver.
 */
#include <wdm.h>

#define RCTX_TAG 'xtCR'

typedef struct _READ_CONTEXT {
    PDEVICE_OBJECT Device;
    LARGE_INTEGER Started;
    ULONG Length;
} READ_CONTEXT, *PREAD_CONTEXT;

typedef struct _FILTER_EXT {
    PDEVICE_OBJECT Lower;
    volatile LONG Outstanding;
} FILTER_EXT, *PFILTER_EXT;

IO_COMPLETION_ROUTINE FilterReadComplete;

NTSTATUS
FilterReadComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PREAD_CONTEXT ctx = (PREAD_CONTEXT)Context;
    PFILTER_EXT ext = (PFILTER_EXT)ctx->Device->DeviceExtension;

    UNREFERENCED_PARAMETER(DeviceObject);
    InterlockedDecrement(&ext->Outstanding);
    ExFreePoolWithTag(ctx, RCTX_TAG);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS
FilterDispatchRead(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PFILTER_EXT ext = (PFILTER_EXT)DeviceObject->DeviceExtension;
    PREAD_CONTEXT ctx;

    ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), RCTX_TAG);
    if (ctx == NULL) {
        /* No context: pass the read down without watching it. */
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->Lower, Irp);
    }
    ctx->Device = DeviceObject;
    ctx->Length = IoGetCurrentIrpStackLocation(Irp)->Parameters.Read.Length;
    KeQuerySystemTime(&ctx->Started);
    InterlockedIncrement(&ext->Outstanding);

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FilterReadComplete, ctx, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->Lower, Irp);
}
