/*
 * PT005: the twin of clean_list_linked_through_field_address.c. An entry is
 * linked into a block through a pointer to the block's list head
 * (`prev = &blk->Head; prev->Next = &e->Link`), so the block holds it; then
 * the block is freed on the path where its list is NOT empty and nothing
 * frees the entry: the entry is lost with its parent.
 * GatherAll: blocks linked into the caller's list through `prev`; a later
 * round that returns before linking its block leaks that block (prev then
 * points to the previous round's block, handed over, not to this one).
 * GatherTouched: prev (== &blk->Head) given to a routine without a body,
 * which may rewrite blk->Head.Next: the list may be empty again after it,
 * and returning then leaks the scratch buffer.
 */
#include <ntddk.h>

typedef struct _COPY {
    SINGLE_LIST_ENTRY Link;
    ULONG Length;
} COPY, *PCOPY;

typedef struct _PACKET {
    struct _PACKET *Next;
    ULONG Parts;
} PACKET, *PPACKET;

typedef struct _BATCH {
    SINGLE_LIST_ENTRY Entry;
    SINGLE_LIST_ENTRY Head;
    ULONG Count;
} BATCH, *PBATCH;

VOID Relink(_Inout_ PSINGLE_LIST_ENTRY Entry);

LOOKASIDE_LIST_EX BatchPool;
LOOKASIDE_LIST_EX CopyPool;

NTSTATUS
GatherOne(_In_ ULONG Length, _Inout_ PSINGLE_LIST_ENTRY OutHead)
{
    PBATCH blk = (PBATCH)ExAllocateFromLookasideListEx(&BatchPool);
    if (blk == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(blk, sizeof(BATCH));
    PSINGLE_LIST_ENTRY prev = &blk->Head;

    PCOPY e = (PCOPY)ExAllocateFromLookasideListEx(&CopyPool);   // expect: PT005
    if (e != NULL) {
        RtlZeroMemory(e, sizeof(COPY));
        prev->Next = &e->Link;              /* blk->Head.Next = &e->Link: blk holds e */
        e->Length = Length;
    }

    /* wrong test: drops blk when its list is NOT empty, e still in it */
    if (blk->Head.Next != NULL) {
        ExFreeToLookasideListEx(&BatchPool, blk);
        return STATUS_UNSUCCESSFUL;
    }
    blk->Count = 0;
    OutHead->Next = &blk->Entry;
    return STATUS_SUCCESS;
}

NTSTATUS
GatherAll(_In_ PPACKET Packets, _Inout_ PSINGLE_LIST_ENTRY OutHead)
{
    PSINGLE_LIST_ENTRY outPrev = OutHead;

    for (PPACKET pk = Packets; pk != NULL; pk = pk->Next) {
        PBATCH blk = (PBATCH)ExAllocateFromLookasideListEx(&BatchPool);   // expect: PT005
        if (blk == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlZeroMemory(blk, sizeof(BATCH));
        /* a packet with no parts after the first: blk is neither linked nor freed */
        if (outPrev != OutHead && pk->Parts == 0) {
            return STATUS_INVALID_PARAMETER;
        }
        blk->Count = pk->Parts;
        outPrev->Next = &blk->Entry;        /* the caller's list holds blk */
        outPrev = outPrev->Next;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
GatherTouched(_Inout_ PSINGLE_LIST_ENTRY OutHead)
{
    PBATCH blk = (PBATCH)ExAllocateFromLookasideListEx(&BatchPool);
    if (blk == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(blk, sizeof(BATCH));
    PSINGLE_LIST_ENTRY prev = &blk->Head;
    PCOPY e = (PCOPY)ExAllocateFromLookasideListEx(&CopyPool);
    if (e == NULL) {
        ExFreeToLookasideListEx(&BatchPool, blk);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    PVOID scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'hcrS');   // expect: PT005
    if (scratch == NULL) {
        ExFreeToLookasideListEx(&CopyPool, e);
        ExFreeToLookasideListEx(&BatchPool, blk);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    prev->Next = &e->Link;
    Relink(prev);                           /* may empty blk->Head again */
    if (blk->Head.Next == NULL) {
        return STATUS_UNSUCCESSFUL;         /* scratch leaks */
    }
    ExFreePoolWithTag(scratch, 'hcrS');
    OutHead->Next = &blk->Entry;
    return STATUS_SUCCESS;
}
