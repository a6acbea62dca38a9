/*
 * Clean twin of wdk_ndis6_filter_leak.c: the record is freed with
 * NdisFreeMemoryWithTagPriority when there is no list to put it on.
 */
#define NDIS630 1
#include <ndis.h>

#define FILT_TAG 'tliF'

typedef struct _FILTER {
    NDIS_HANDLE FilterHandle;
    PNDIS_RW_LOCK_EX Lock;
    LIST_ENTRY Seen;
    ULONG SeenCount;
} FILTER, *PFILTER;

typedef struct _SEEN {
    LIST_ENTRY Link;
    USHORT VlanId;
    ULONG Length;
} SEEN, *PSEEN;

VOID
FilterReceiveGood(_In_ PFILTER Filter, _In_ PNET_BUFFER_LIST Nbls, _In_ NDIS_PORT_NUMBER Port,
                  _In_ ULONG Count, _In_ ULONG Flags)
{
    LOCK_STATE_EX state;
    NDIS_NET_BUFFER_LIST_8021Q_INFO q;
    PSEEN seen;
    UCHAR lockFlags = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(Flags) ? NDIS_RWL_AT_DISPATCH_LEVEL : 0;

    seen = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, sizeof(SEEN), FILT_TAG, NormalPoolPriority);
    if (seen == NULL) {
        NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
        return;
    }
    q.Value = NET_BUFFER_LIST_INFO(Nbls, Ieee8021QNetBufferListInfo);
    seen->VlanId = (USHORT)q.TagHeader.VlanId;
    seen->Length = NET_BUFFER_DATA_LENGTH(NET_BUFFER_LIST_FIRST_NB(Nbls));
    if (Filter->Lock == NULL) {
        NdisFreeMemoryWithTagPriority(Filter->FilterHandle, seen, FILT_TAG);
        NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
        return;
    }
    NdisAcquireRWLockWrite(Filter->Lock, &state, lockFlags);
    InsertTailList(&Filter->Seen, &seen->Link);
    Filter->SeenCount++;
    NdisReleaseRWLock(Filter->Lock, &state);
    NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
}
