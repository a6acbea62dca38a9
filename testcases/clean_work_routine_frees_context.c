/*
 * Clean twin of pt005_work_routine_never_frees_context.c: the work routine
 * frees the work item and then the context; the start routine frees its
 * context before it ends; a routine that only reads its context is given
 * one the caller keeps in its device extension (a driver place, freed at
 * unload).
 */
#include <ntddk.h>

#define WI_TAG 'tIkW'

typedef struct _RESCAN_CONTEXT {
    PIO_WORKITEM WorkItem;
    ULONG Reason;
} RESCAN_CONTEXT, *PRESCAN_CONTEXT;

typedef struct _DEV_EXT {
    PRESCAN_CONTEXT Last;
} DEV_EXT, *PDEV_EXT;

IO_WORKITEM_ROUTINE RescanWorker;

VOID
RescanWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
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

IO_WORKITEM_ROUTINE ReportWorker;

VOID
ReportWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("last rescan, reason %u\n", ctx->Reason);
}

NTSTATUS
QueueReport(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIO_WORKITEM Item)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PRESCAN_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), WI_TAG);

    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Reason = 7;
    ctx->WorkItem = NULL;
    ext->Last = ctx;
    IoQueueWorkItem(Item, ReportWorker, DelayedWorkQueue, ctx);
    return STATUS_PENDING;
}

typedef struct _POLL_CONTEXT {
    ULONG Interval;
    ULONG Rounds;
} POLL_CONTEXT, *PPOLL_CONTEXT;

KSTART_ROUTINE PollThread;

VOID
PollThread(_In_ PVOID StartContext)
{
    PPOLL_CONTEXT pc = (PPOLL_CONTEXT)StartContext;
    LARGE_INTEGER delay;
    ULONG i;

    delay.QuadPart = -10000LL * pc->Interval;
    for (i = 0; i < pc->Rounds; i++) {
        KeDelayExecutionThread(KernelMode, FALSE, &delay);
    }
    ExFreePoolWithTag(pc, WI_TAG);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS
StartPolling(_In_ ULONG Interval, _Out_ PHANDLE Thread)
{
    PPOLL_CONTEXT pc = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*pc), WI_TAG);

    if (pc == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    pc->Interval = Interval;
    pc->Rounds = 10;
    return PsCreateSystemThread(Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, PollThread, pc);
}
