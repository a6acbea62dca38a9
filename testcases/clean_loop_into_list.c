/*
 * Clean: a loop allocates one entry per iteration into a local list head;
 * on failure the whole list is unwound and freed, on success it is spliced
 * into the device's list. Every entry is owned by a list at every step.
 */
#include <ntddk.h>

#define LOOP_TAG 'pooL'

typedef struct _BUFFER_DESC {
    LIST_ENTRY Link;
    PVOID Va;
    ULONG Size;
} BUFFER_DESC, *PBUFFER_DESC;

typedef struct _POOL_EXT {
    LIST_ENTRY FreeBuffers;
    ULONG FreeCount;
} POOL_EXT, *PPOOL_EXT;

static VOID
FreeDescList(_Inout_ PLIST_ENTRY Head)
{
    while (!IsListEmpty(Head)) {
        PBUFFER_DESC d = CONTAINING_RECORD(RemoveHeadList(Head), BUFFER_DESC, Link);
        ExFreePoolWithTag(d, LOOP_TAG);
    }
}

NTSTATUS
PreallocateDescriptors(_Inout_ PPOOL_EXT Ext, _In_ ULONG Count)
{
    LIST_ENTRY local;
    ULONG i;

    InitializeListHead(&local);
    for (i = 0; i < Count; i++) {
        PBUFFER_DESC d = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*d), LOOP_TAG);
        if (d == NULL) {
            FreeDescList(&local);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlZeroMemory(d, sizeof(*d));
        InsertTailList(&local, &d->Link);
    }
    while (!IsListEmpty(&local)) {
        PLIST_ENTRY le = RemoveHeadList(&local);
        InsertTailList(&Ext->FreeBuffers, le);
        Ext->FreeCount++;
    }
    return STATUS_SUCCESS;
}

/* Allocate into an array owned by the extension; failure frees what exists. */
NTSTATUS
AllocateSlots(_Inout_ PVOID *Slots, _In_ ULONG Count, _In_ ULONG SlotSize)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        Slots[i] = ExAllocatePoolWithTag(NonPagedPoolNx, SlotSize, LOOP_TAG);
        if (Slots[i] == NULL) {
            while (i > 0) {
                i--;
                ExFreePoolWithTag(Slots[i], LOOP_TAG);
                Slots[i] = NULL;
            }
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    return STATUS_SUCCESS;
}
