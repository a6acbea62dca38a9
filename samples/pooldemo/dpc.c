/*
 * pooldemo dpc.c: a periodic timer DPC that queues a work item to log
 * statistics at PASSIVE_LEVEL. The work context is handed to the work item
 * and freed by the work routine (correct). Bug: the DPC's snapshot buffer
 * is allocated with a string literal as its tag (PT001).
 */
#include "pooldemo.h"

static KDEFERRED_ROUTINE PdStatsDpc;
static IO_WORKITEM_ROUTINE PdStatsWorker;

static VOID
PdStatsWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PPD_STATS_WORK work = (PPD_STATS_WORK)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (work == NULL) {
        return;
    }
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "pooldemo: %u records\n",
               work->RecordCount);
    IoFreeWorkItem(work->WorkItem);
    ExFreePoolWithTag(work, PD_TAG_DPC);
}

static VOID
PdStatsDpc(_In_ PKDPC Dpc, _In_opt_ PVOID DeferredContext,
           _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2)
{
    PPD_EXTENSION ext = (PPD_EXTENSION)DeferredContext;
    PPD_STATS_WORK work;
    PULONG snapshot;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (ext == NULL) {
        return;
    }

    snapshot = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ULONG), "PDsn");   // expect: PT001
    if (snapshot != NULL) {
        KeAcquireSpinLockAtDpcLevel(&ext->RecordsLock);
        *snapshot = ext->RecordCount;
        KeReleaseSpinLockFromDpcLevel(&ext->RecordsLock);
        RtlCopyMemory(ext->ScratchPage, snapshot, sizeof(ULONG));
        ExFreePool(snapshot);
    }

    work = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*work), PD_TAG_DPC);
    if (work == NULL) {
        return;
    }
    work->RecordCount = ext->RecordCount;
    work->WorkItem = IoAllocateWorkItem(ext->Self);
    if (work->WorkItem == NULL) {
        ExFreePoolWithTag(work, PD_TAG_DPC);
        return;
    }
    IoQueueWorkItem(work->WorkItem, PdStatsWorker, DelayedWorkQueue, work);
}

NTSTATUS
PdStartStatsTimer(_Inout_ PPD_EXTENSION Ext)
{
    LARGE_INTEGER due;

    KeInitializeTimer(&Ext->StatsTimer);
    KeInitializeDpc(&Ext->StatsDpc, PdStatsDpc, Ext);
    due.QuadPart = -10LL * 1000 * 1000 * 5;       /* 5 s, then every 5 s */
    KeSetTimerEx(&Ext->StatsTimer, due, 5000, &Ext->StatsDpc);
    return STATUS_SUCCESS;
}

VOID
PdStopStatsTimer(_Inout_ PPD_EXTENSION Ext)
{
    KeCancelTimer(&Ext->StatsTimer);
    KeFlushQueuedDpcs();
}
