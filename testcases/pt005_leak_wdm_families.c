/*
 * PT005 leaks of allocator families beyond pool: non-cached memory, a work
 * item, an error log entry, a high-resolution timer (ExAllocateTimer) and
 * its context. Each is lost on an error path. The clean twin is
 * clean_wdm_families.c.
 */
#include <ntddk.h>

#define RING_TAG 'gniR'

typedef struct _RING_EXT {
    PVOID Ring;
    SIZE_T RingBytes;
    PIO_WORKITEM Item;
    PEX_TIMER Timer;
    ULONG Pending;
} RING_EXT, *PRING_EXT;

EXT_CALLBACK RingTimerFired;
IO_WORKITEM_ROUTINE RingWorker;

NTSTATUS
SetupRingBad(_In_ PRING_EXT Ext, _In_ SIZE_T Bytes)
{
    PVOID ring = MmAllocateNonCachedMemory(Bytes);           // expect: PT005
    if (ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Bytes < PAGE_SIZE) {
        return STATUS_INVALID_PARAMETER;                     /* ring leaks */
    }
    Ext->Ring = ring;
    Ext->RingBytes = Bytes;
    return STATUS_SUCCESS;
}

NTSTATUS
KickWorkerBad(_In_ PDEVICE_OBJECT Device, _In_ PRING_EXT Ext)
{
    PIO_WORKITEM item = IoAllocateWorkItem(Device);          // expect: PT005
    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Ext->Pending != 0) {
        return STATUS_DEVICE_BUSY;                           /* item leaks */
    }
    IoQueueWorkItem(item, RingWorker, DelayedWorkQueue, Ext);
    return STATUS_PENDING;
}

VOID
LogRingErrorBad(_In_ PDEVICE_OBJECT Device, _In_ NTSTATUS Status, _In_ ULONG Dumps)
{
    PIO_ERROR_LOG_PACKET entry;

    entry = (PIO_ERROR_LOG_PACKET)IoAllocateErrorLogEntry(Device, (UCHAR)(sizeof(IO_ERROR_LOG_PACKET) + // expect: PT005
                                                                            Dumps * sizeof(ULONG)));
    if (entry == NULL) {
        return;
    }
    if (Dumps > 4) {
        return;                                              /* never written, never freed */
    }
    RtlZeroMemory(entry, sizeof(*entry));
    entry->ErrorCode = (NTSTATUS)0xC0040001L;
    entry->FinalStatus = Status;
    entry->DumpDataSize = (USHORT)(Dumps * sizeof(ULONG));
    IoWriteErrorLogEntry(entry);
}

NTSTATUS
StartRingTimerBad(_In_ PRING_EXT Ext)
{
    PULONG ticks = ExAllocatePoolZero(NonPagedPoolNx, sizeof(ULONG), RING_TAG);   // expect: PT005
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
        ExDeleteTimer(timer, TRUE, TRUE, NULL);              /* the context goes with it: leaks */
        return STATUS_DEVICE_BUSY;
    }
    Ext->Timer = timer;
    return STATUS_SUCCESS;
}
