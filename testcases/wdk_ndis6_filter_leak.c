/*
 * PT005 in NDIS 6.x filter code that only parses with the supplement's NDIS
 * parts: RW locks (NDIS_RW_LOCK_EX, LOCK_STATE_EX), NBL info (802.1Q),
 * send/receive flags, port numbers, pool parameters. A per-NBL record from
 * NdisAllocateMemoryWithTagPriority leaks when the list lock is not there.
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
FilterReceiveBad(_In_ PFILTER Filter, _In_ PNET_BUFFER_LIST Nbls, _In_ NDIS_PORT_NUMBER Port,
                 _In_ ULONG Count, _In_ ULONG Flags)
{
    LOCK_STATE_EX state;
    NDIS_NET_BUFFER_LIST_8021Q_INFO q;
    PSEEN seen;
    UCHAR lockFlags = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(Flags) ? NDIS_RWL_AT_DISPATCH_LEVEL : 0;

    seen = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, sizeof(SEEN), FILT_TAG,  // expect: PT005
                                             NormalPoolPriority);
    if (seen == NULL) {
        NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
        return;
    }
    q.Value = NET_BUFFER_LIST_INFO(Nbls, Ieee8021QNetBufferListInfo);
    seen->VlanId = (USHORT)q.TagHeader.VlanId;
    seen->Length = NET_BUFFER_DATA_LENGTH(NET_BUFFER_LIST_FIRST_NB(Nbls));
    if (Filter->Lock == NULL) {
        NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
        return;                               /* seen leaks */
    }
    NdisAcquireRWLockWrite(Filter->Lock, &state, lockFlags);
    InsertTailList(&Filter->Seen, &seen->Link);
    Filter->SeenCount++;
    NdisReleaseRWLock(Filter->Lock, &state);
    NdisFIndicateReceiveNetBufferLists(Filter->FilterHandle, Nbls, Port, Count, Flags);
}

NDIS_HANDLE
FilterCreatePool(_In_ PFILTER Filter)
{
    NET_BUFFER_LIST_POOL_PARAMETERS params;

    NdisZeroMemory(&params, sizeof(params));
    params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    params.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
    params.PoolTag = FILT_TAG;
    return NdisAllocateNetBufferListPool(Filter->FilterHandle, &params);
}
