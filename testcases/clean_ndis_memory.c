/*
 * Clean: NDIS 6 memory management in a miniport — allocate with
 * NdisAllocateMemoryWithTagPriority, free with NdisFreeMemoryWithTagPriority
 * and the same tag; NDIS 5 NdisAllocateMemoryWithTag freed with
 * NdisFreeMemory; adapter context handed to NDIS through the adapter
 * fields; unwinding on failure.
 */
#include <ndis.h>

#define NM_TAG 'mNdN'

typedef struct _NM_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PUCHAR Lookahead;
    PVOID MulticastList;
    ULONG MulticastLength;
} NM_ADAPTER, *PNM_ADAPTER;

NDIS_STATUS
NmAllocLookahead(_Inout_ PNM_ADAPTER Adapter, _In_ ULONG Size)
{
    PUCHAR la = NdisAllocateMemoryWithTagPriority(Adapter->MiniportHandle, Size, NM_TAG,
                                                  NormalPoolPriority);
    if (la == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(la, Size);
    Adapter->Lookahead = la;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NmSetMulticast(_Inout_ PNM_ADAPTER Adapter, _In_reads_bytes_(Length) PVOID List, _In_ ULONG Length)
{
    PVOID copy = NULL;

    if (Length % 6 != 0) {
        return NDIS_STATUS_INVALID_LENGTH;
    }
    NdisAllocateMemoryWithTag(&copy, Length, NM_TAG);
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(copy, List, Length);
    if (Adapter->MulticastList != NULL) {
        NdisFreeMemory(Adapter->MulticastList, Adapter->MulticastLength, 0);
    }
    Adapter->MulticastList = copy;
    Adapter->MulticastLength = Length;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NmSelfTest(_In_ PNM_ADAPTER Adapter)
{
    PUCHAR pattern;
    ULONG i;

    pattern = NdisAllocateMemoryWithTagPriority(Adapter->MiniportHandle, 64, NM_TAG,
                                                LowPoolPriority);
    if (pattern == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    for (i = 0; i < 64; i++) {
        pattern[i] = (UCHAR)i;
    }
    NdisFreeMemoryWithTagPriority(Adapter->MiniportHandle, pattern, NM_TAG);
    return NDIS_STATUS_SUCCESS;
}

VOID
NmHalt(_Inout_ PNM_ADAPTER Adapter)
{
    if (Adapter->Lookahead != NULL) {
        NdisFreeMemoryWithTagPriority(Adapter->MiniportHandle, Adapter->Lookahead, NM_TAG);
        Adapter->Lookahead = NULL;
    }
    if (Adapter->MulticastList != NULL) {
        NdisFreeMemory(Adapter->MulticastList, Adapter->MulticastLength, 0);
        Adapter->MulticastList = NULL;
    }
}
