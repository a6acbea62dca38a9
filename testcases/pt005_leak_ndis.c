/*
 * PT005 leak in an NDIS 6 miniport's MiniportInitializeEx-style helper:
 * the receive ring is allocated, then the registration of attributes fails
 * and the helper returns without NdisFreeMemoryWithTagPriority.
 */
#include <ndis.h>

#define NIC_TAG 'ciNE'

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    PVOID RxRing;
    PVOID TxRing;
    ULONG RingSize;
} NIC_ADAPTER, *PNIC_ADAPTER;

NDIS_STATUS
NicAllocRingsBad(_Inout_ PNIC_ADAPTER Nic)
{
    PVOID rx, tx;

    rx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, Nic->RingSize, NIC_TAG, // expect: PT005
                                           NormalPoolPriority);
    if (rx == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    tx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, Nic->RingSize, NIC_TAG,
                                           NormalPoolPriority);
    if (tx == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(rx, Nic->RingSize);
    NdisZeroMemory(tx, Nic->RingSize);
    Nic->RxRing = rx;
    Nic->TxRing = tx;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
NicAllocRingsGood(_Inout_ PNIC_ADAPTER Nic)
{
    PVOID rx, tx;

    rx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, Nic->RingSize, NIC_TAG,
                                           NormalPoolPriority);
    if (rx == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    tx = NdisAllocateMemoryWithTagPriority(Nic->MiniportHandle, Nic->RingSize, NIC_TAG,
                                           NormalPoolPriority);
    if (tx == NULL) {
        NdisFreeMemoryWithTagPriority(Nic->MiniportHandle, rx, NIC_TAG);
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(rx, Nic->RingSize);
    NdisZeroMemory(tx, Nic->RingSize);
    Nic->RxRing = rx;
    Nic->TxRing = tx;
    return NDIS_STATUS_SUCCESS;
}

/* The NDIS 5 style allocator with an out-parameter, leaked on a length check. */
NDIS_STATUS
NicCopyOidBad(_In_reads_bytes_(Length) PVOID Info, _In_ ULONG Length, _Out_ PVOID *Copy)
{
    PVOID copy = NULL;

    NdisAllocateMemoryWithTag(&copy, Length, NIC_TAG);      // expect: PT005
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    if (Length > 1024) {
        return NDIS_STATUS_INVALID_LENGTH;
    }
    NdisMoveMemory(copy, Info, Length);
    *Copy = copy;
    return NDIS_STATUS_SUCCESS;
}
