/*
 * Clean: driver-allocated IRPs whose completion routine releases them. The
 * first routine frees the IRP and returns STATUS_MORE_PROCESSING_REQUIRED;
 * the second hands it to a work item through its context; the third
 * returns STATUS_CONTINUE_COMPLETION (the I/O manager completes it). In each
 * case the sender must not free the IRP after IoCallDriver.
 */
#include <wdm.h>

#define RSET_TAG 'tseR'

typedef struct _RESET_CONTEXT {
    KEVENT Done;
    PIRP Irp;
    PIO_WORKITEM Item;
    NTSTATUS Status;
} RESET_CONTEXT, *PRESET_CONTEXT;

IO_COMPLETION_ROUTINE ResetFreeComplete;
IO_COMPLETION_ROUTINE ResetQueueComplete;
IO_COMPLETION_ROUTINE ResetPassComplete;
IO_WORKITEM_ROUTINE ResetWorker;

NTSTATUS
ResetFreeComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PRESET_CONTEXT ctx = (PRESET_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    ctx->Status = Irp->IoStatus.Status;
    IoFreeIrp(Irp);
    KeSetEvent(&ctx->Done, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
ResetLowerFreedByRoutine(_In_ PDEVICE_OBJECT Lower, _Inout_ PRESET_CONTEXT Ctx)
{
    PIRP irp = IoAllocateIrp(Lower->StackSize, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    KeInitializeEvent(&Ctx->Done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, ResetFreeComplete, Ctx, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(Lower, irp);
    KeWaitForSingleObject(&Ctx->Done, Executive, KernelMode, FALSE, NULL);
    return Ctx->Status;
}

VOID
ResetWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESET_CONTEXT ctx = (PRESET_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    IoFreeIrp(ctx->Irp);
    IoFreeWorkItem(ctx->Item);
    ExFreePoolWithTag(ctx, RSET_TAG);
}

NTSTATUS
ResetQueueComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PRESET_CONTEXT ctx = (PRESET_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    ctx->Irp = Irp;
    IoQueueWorkItem(ctx->Item, ResetWorker, DelayedWorkQueue, ctx);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
ResetLowerAsync(_In_ PDEVICE_OBJECT Self, _In_ PDEVICE_OBJECT Lower)
{
    PRESET_CONTEXT ctx;
    PIRP irp;

    ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*ctx), RSET_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Item = IoAllocateWorkItem(Self);
    if (ctx->Item == NULL) {
        ExFreePoolWithTag(ctx, RSET_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp = IoAllocateIrp(Lower->StackSize, FALSE);
    if (irp == NULL) {
        IoFreeWorkItem(ctx->Item);
        ExFreePoolWithTag(ctx, RSET_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    IoSetCompletionRoutine(irp, ResetQueueComplete, ctx, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(Lower, irp);
    return STATUS_PENDING;
}

NTSTATUS
ResetPassComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS
ResetLowerNoWait(_In_ PDEVICE_OBJECT Lower)
{
    PIRP irp = IoAllocateIrp(Lower->StackSize, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    IoSetCompletionRoutine(irp, ResetPassComplete, NULL, TRUE, TRUE, TRUE);
    return IoCallDriver(Lower, irp);
}
