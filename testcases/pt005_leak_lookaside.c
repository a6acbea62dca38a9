/*
 * PT005 leak of a lookaside-list entry: an entry from
 * ExAllocateFromNPagedLookasideList is not returned with
 * ExFreeToNPagedLookasideList when the request is rejected.
 */
#include <ntddk.h>

typedef struct _REQ_ENTRY {
    LIST_ENTRY Link;
    ULONG Opcode;
    ULONG Length;
} REQ_ENTRY, *PREQ_ENTRY;

typedef struct _QUEUE_EXT {
    NPAGED_LOOKASIDE_LIST EntryLookaside;
    LIST_ENTRY Pending;
    KSPIN_LOCK Lock;
    BOOLEAN Stopping;
} QUEUE_EXT, *PQUEUE_EXT;

NTSTATUS
QueueRequestBad(_In_ PQUEUE_EXT Ext, _In_ ULONG Opcode, _In_ ULONG Length)
{
    PREQ_ENTRY e;
    KIRQL irql;

    e = ExAllocateFromNPagedLookasideList(&Ext->EntryLookaside);    // expect: PT005
    if (e == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    e->Opcode = Opcode;
    e->Length = Length;
    KeAcquireSpinLock(&Ext->Lock, &irql);
    if (Ext->Stopping) {
        KeReleaseSpinLock(&Ext->Lock, irql);
        return STATUS_DEVICE_NOT_READY;        /* e leaks */
    }
    InsertTailList(&Ext->Pending, &e->Link);
    KeReleaseSpinLock(&Ext->Lock, irql);
    return STATUS_PENDING;
}

NTSTATUS
QueueRequestGood(_In_ PQUEUE_EXT Ext, _In_ ULONG Opcode, _In_ ULONG Length)
{
    PREQ_ENTRY e;
    KIRQL irql;

    e = ExAllocateFromNPagedLookasideList(&Ext->EntryLookaside);
    if (e == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    e->Opcode = Opcode;
    e->Length = Length;
    KeAcquireSpinLock(&Ext->Lock, &irql);
    if (Ext->Stopping) {
        KeReleaseSpinLock(&Ext->Lock, irql);
        ExFreeToNPagedLookasideList(&Ext->EntryLookaside, e);
        return STATUS_DEVICE_NOT_READY;
    }
    InsertTailList(&Ext->Pending, &e->Link);
    KeReleaseSpinLock(&Ext->Lock, irql);
    return STATUS_PENDING;
}
