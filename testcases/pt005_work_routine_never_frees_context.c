/*
 * PT005: the work routine reads its context and frees the work item kept
 * in it, but never the context itself; nobody else does either, so every
 * queued rescan leaks its context. Likewise a system thread whose start
 * routine only reads its context, and a completion routine that only
 * reads its context while the dispatch routine returns without waiting.
 */
#include <ntddk.h>

#define WI_TAG 'tIkW'

typedef struct _RESCAN_CONTEXT {
    PIO_WORKITEM WorkItem;
    ULONG Reason;
} RESCAN_CONTEXT, *PRESCAN_CONTEXT;

IO_WORKITEM_ROUTINE RescanWorker;

VOID
RescanWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PRESCAN_CONTEXT ctx = (PRESCAN_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    DbgPrint("rescan, reason %u\n", ctx->Reason);
    IoFreeWorkItem(ctx->WorkItem);
    ctx->WorkItem = NULL;
}

NTSTATUS
QueueRescan(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Reason)
{
    PRESCAN_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), WI_TAG);   // expect: PT005

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
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS
StartPolling(_In_ ULONG Interval, _Out_ PHANDLE Thread)
{
    PPOLL_CONTEXT pc = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*pc), WI_TAG);   // expect: PT005

    if (pc == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    pc->Interval = Interval;
    pc->Rounds = 10;
    return PsCreateSystemThread(Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, PollThread, pc);
}
