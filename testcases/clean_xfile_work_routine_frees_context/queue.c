/*
 * Clean twin of xfile_work_routine_keeps_context: the work routine (worker.c)
 * frees the work item and then the context queued here.
 */
#include <ntddk.h>
#include "rescan.h"

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
