/*
 * Clean: lookaside lists — nonpaged, paged, and the Ex (LOOKASIDE_LIST_EX)
 * flavour — each entry returned to the list it came from, or queued on a
 * list (hand-over) and released later by the consumer.
 */
#include <ntddk.h>

#define LA_TAG 'ksaL'

typedef struct _ITEM {
    LIST_ENTRY Link;
    ULONG Value;
} ITEM, *PITEM;

typedef struct _LA_EXT {
    NPAGED_LOOKASIDE_LIST NpList;
    PAGED_LOOKASIDE_LIST PList;
    LOOKASIDE_LIST_EX ExList;
    LIST_ENTRY Queue;
    KSPIN_LOCK QueueLock;
} LA_EXT, *PLA_EXT;

NTSTATUS
LaInit(_Out_ PLA_EXT Ext)
{
    NTSTATUS status;

    ExInitializeNPagedLookasideList(&Ext->NpList, NULL, NULL, POOL_NX_ALLOCATION,
                                    sizeof(ITEM), LA_TAG, 0);
    ExInitializePagedLookasideList(&Ext->PList, NULL, NULL, 0, sizeof(ITEM), LA_TAG, 0);
    status = ExInitializeLookasideListEx(&Ext->ExList, NULL, NULL, NonPagedPoolNx, 0,
                                         sizeof(ITEM), LA_TAG, 0);
    if (!NT_SUCCESS(status)) {
        ExDeleteNPagedLookasideList(&Ext->NpList);
        ExDeletePagedLookasideList(&Ext->PList);
        return status;
    }
    InitializeListHead(&Ext->Queue);
    KeInitializeSpinLock(&Ext->QueueLock);
    return STATUS_SUCCESS;
}

ULONG
LaRoundTrips(_In_ PLA_EXT Ext)
{
    PITEM a, b, c;
    ULONG sum = 0;

    a = ExAllocateFromNPagedLookasideList(&Ext->NpList);
    if (a != NULL) {
        a->Value = 1;
        sum += a->Value;
        ExFreeToNPagedLookasideList(&Ext->NpList, a);
    }
    b = ExAllocateFromPagedLookasideList(&Ext->PList);
    if (b != NULL) {
        b->Value = 2;
        sum += b->Value;
        ExFreeToPagedLookasideList(&Ext->PList, b);
    }
    c = ExAllocateFromLookasideListEx(&Ext->ExList);
    if (c != NULL) {
        c->Value = 3;
        sum += c->Value;
        ExFreeToLookasideListEx(&Ext->ExList, c);
    }
    return sum;
}

NTSTATUS
LaQueue(_In_ PLA_EXT Ext, _In_ ULONG Value)
{
    PITEM item = ExAllocateFromNPagedLookasideList(&Ext->NpList);

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    ExInterlockedInsertTailList(&Ext->Queue, &item->Link, &Ext->QueueLock);
    return STATUS_SUCCESS;
}

VOID
LaDrain(_In_ PLA_EXT Ext)
{
    PLIST_ENTRY le;

    while ((le = ExInterlockedRemoveHeadList(&Ext->Queue, &Ext->QueueLock)) != NULL) {
        ExFreeToNPagedLookasideList(&Ext->NpList, CONTAINING_RECORD(le, ITEM, Link));
    }
}
