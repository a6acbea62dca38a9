/*
 * Clean: a singly linked list built through a pointer to a field of a block
 * (NPF_GetMetadata in npcap's Read.c). `prev = &blk->Head`, then
 * `prev->Next = &e->Link` stores e into blk->Head.Next: after that, blk's
 * list is not empty, so the "nothing was linked" test cannot free blk with
 * e in it. Every entry ends up held by blk, and blk by the caller's list.
 */
#include <ntddk.h>

typedef struct _COPY {
    SINGLE_LIST_ENTRY Link;
    ULONG Length;
} COPY, *PCOPY;

typedef struct _BATCH {
    SINGLE_LIST_ENTRY Entry;      /* in the caller's list */
    SINGLE_LIST_ENTRY Head;       /* the COPYs of this batch */
    ULONG Count;
} BATCH, *PBATCH;

typedef struct _PACKET {
    struct _PACKET *Next;
    ULONG Parts;
} PACKET, *PPACKET;

LOOKASIDE_LIST_EX BatchPool;
LOOKASIDE_LIST_EX CopyPool;

ULONG
GatherCopies(_In_ PPACKET Packets, _Inout_ PSINGLE_LIST_ENTRY OutHead)
{
    PSINGLE_LIST_ENTRY outPrev = OutHead;
    ULONG dropped = 0;

    for (PPACKET pk = Packets; pk != NULL; pk = pk->Next) {
        NT_ASSERT(outPrev->Next == NULL);   /* as npcap: the caller's list ends here */
        PBATCH blk = (PBATCH)ExAllocateFromLookasideListEx(&BatchPool);
        if (blk == NULL) {
            dropped++;
            continue;
        }
        RtlZeroMemory(blk, sizeof(BATCH));
        PSINGLE_LIST_ENTRY prev = &blk->Head;

        for (ULONG i = 0; i < pk->Parts; i++) {
            PCOPY e = (PCOPY)ExAllocateFromLookasideListEx(&CopyPool);
            if (e == NULL) {
                dropped++;
                continue;
            }
            RtlZeroMemory(e, sizeof(COPY));
            prev->Next = &e->Link;          /* blk->Head.Next = &e->Link: blk holds e */
            prev = prev->Next;
            e->Length = i;
        }

        /* nothing was linked: drop blk */
        if (blk->Head.Next == NULL) {
            ExFreeToLookasideListEx(&BatchPool, blk);
            continue;
        }
        blk->Count = pk->Parts;
        outPrev->Next = &blk->Entry;        /* the caller's list holds blk */
        outPrev = outPrev->Next;
    }
    return dropped;
}
