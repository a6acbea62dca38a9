/*
 * Clean: a context passed to IoQueueWorkItem, or set up with
 * ExInitializeWorkItem and queued, belongs to the work routine.
 */
#include <ntddk.h>

#define WI_TAG 'tIkW'

typedef struct _RESCAN_CONTEXT {
    PIO_WORKITEM WorkItem;
    WORK_QUEUE_ITEM LegacyItem;
    ULONG Reason;
} RESCAN_CONTEXT, *PRESCAN_CONTEXT;

IO_WORKITEM_ROUTINE RescanWorker;

VOID
RescanWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (ctx == NULL) {
        return;
    }
    DbgPrint("rescan, reason %u\n", ctx->Reason);
    IoFreeWorkItem(ctx->WorkItem);
    ExFreePoolWithTag(ctx, WI_TAG);
}

NTSTATUS
QueueRescan(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Reason)
{
    PRESCAN_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), WI_TAG);

    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Reason = Reason;
    ctx->WorkItem = IoAllocateWorkItem(DeviceObject);
    if (ctx->WorkItem == NULL) {
        ExFreePoolWithTag(ctx, WI_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoQueueWorkItem(ctx->WorkItem, RescanWorker, DelayedWorkQueue, ctx);
    return STATUS_PENDING;
}

WORKER_THREAD_ROUTINE LegacyRescanWorker;

VOID
LegacyRescanWorker(_In_ PVOID Parameter)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Parameter;

    DbgPrint("legacy rescan, reason %u\n", ctx->Reason);
    ExFreePoolWithTag(ctx, WI_TAG);
}

NTSTATUS
QueueLegacyRescan(_In_ ULONG Reason)
{
    PRESCAN_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), WI_TAG);

    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Reason = Reason;
    ExInitializeWorkItem(&ctx->LegacyItem, LegacyRescanWorker, ctx);
#pragma warning(suppress: 4996)
    ExQueueWorkItem(&ctx->LegacyItem, DelayedWorkQueue);
    return STATUS_PENDING;
}
