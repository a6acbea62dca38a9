/*
 * Clean twin of pt005_leak_wdm_families.c and pt009_wrong_free_wdm_families.c:
 * non-cached memory, work items, error log entries and high-resolution
 * timers released with their own routines, or handed over (a queued work
 * item belongs to its routine, a written error log entry to the I/O
 * manager, a timer kept in the device extension keeps its context).
 */
#include <ntddk.h>

#define RING_TAG 'gniR'

typedef struct _RING_EXT {
    PVOID Ring;
    SIZE_T RingBytes;
    PEX_TIMER Timer;
    ULONG Pending;
} RING_EXT, *PRING_EXT;

EXT_CALLBACK RingTimerFired;
IO_WORKITEM_ROUTINE_EX RingWorkerEx;

NTSTATUS
SetupRingGood(_In_ PRING_EXT Ext, _In_ SIZE_T Bytes)
{
    PVOID ring = MmAllocateNonCachedMemory(Bytes);
    if (ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Bytes < PAGE_SIZE) {
        MmFreeNonCachedMemory(ring, Bytes);
        return STATUS_INVALID_PARAMETER;
    }
    Ext->Ring = ring;
    Ext->RingBytes = Bytes;
    return STATUS_SUCCESS;
}

VOID
RingWorkerEx(_In_ PVOID IoObject, _In_opt_ PVOID Context, _In_ PIO_WORKITEM IoWorkItem)
{
    PRING_EXT ext = (PRING_EXT)Context;

    UNREFERENCED_PARAMETER(IoObject);
    if (ext != NULL) {
        InterlockedDecrement((volatile LONG *)&ext->Pending);
    }
    IoFreeWorkItem(IoWorkItem);
}

NTSTATUS
KickWorkerGood(_In_ PDEVICE_OBJECT Device, _In_ PRING_EXT Ext)
{
    PIO_WORKITEM item = IoAllocateWorkItem(Device);
    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Ext->Pending != 0) {
        IoFreeWorkItem(item);
        return STATUS_DEVICE_BUSY;
    }
    Ext->Pending++;
    IoQueueWorkItemEx(item, RingWorkerEx, DelayedWorkQueue, Ext);
    return STATUS_PENDING;
}

VOID
LogRingErrorGood(_In_ PDEVICE_OBJECT Device, _In_ NTSTATUS Status, _In_ ULONG Dumps)
{
    PIO_ERROR_LOG_PACKET entry;

    entry = (PIO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(Device, (UCHAR)(sizeof(IO_ERROR_LOG_PACKET) +
                                                                            Dumps * sizeof(ULONG)));
    if (entry == NULL) {
        return;
    }
    if (Dumps > 4) {
        IoFreeErrorLogEntry(entry);
        return;
    }
    RtlZeroMemory(entry, sizeof(*entry));
    entry->ErrorCode = (NTSTATUS)0xC0040001L;
    entry->FinalStatus = Status;
    entry->DumpDataSize = (USHORT)(Dumps * sizeof(ULONG));
    IoWriteErrorLogEntry(entry);
}

NTSTATUS
StartRingTimerGood(_In_ PRING_EXT Ext)
{
    PULONG ticks = ExAllocatePoolZero(NonPagedPoolNx, sizeof(ULONG), RING_TAG);
    PEX_TIMER timer;

    if (ticks == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    timer = ExAllocateTimer(RingTimerFired, ticks, EX_TIMER_HIGH_RESOLUTION);
    if (timer == NULL) {
        ExFreePoolWithTag(ticks, RING_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Ext->Timer != NULL) {
        ExDeleteTimer(timer, TRUE, TRUE, NULL);
        ExFreePoolWithTag(ticks, RING_TAG);
        return STATUS_DEVICE_BUSY;
    }
    Ext->Timer = timer;
    return STATUS_SUCCESS;
}

VOID
ReleaseNodeBufferGood(_In_ SIZE_T Bytes)
{
    PHYSICAL_ADDRESS low, high, boundary;
    PVOID buffer;

    low.QuadPart = 0;
    high.QuadPart = 0xFFFFFFFF;
    boundary.QuadPart = 0;
    buffer = MmAllocateContiguousMemorySpecifyCacheNode(Bytes, low, high, boundary, MmCached, MM_ANY_NODE_OK);
    if (buffer == NULL) {
        return;
    }
    MmFreeContiguousMemorySpecifyCache(buffer, Bytes, MmCached);
}
