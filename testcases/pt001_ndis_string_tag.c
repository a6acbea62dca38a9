/*
 * PT001 string-tag in an NDIS 6 miniport: NdisAllocateMemoryWithTagPriority
 * and NdisAllocateMemoryWithTag take a ULONG tag too.
 */
#include <ndis.h>

#define MP_TAG 'pMxE'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    PUCHAR RxBuffer;
    ULONG RxBufferSize;
    PVOID Statistics;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS
MpAllocRxBufferBad(_In_ PMP_ADAPTER Adapter)
{
    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(Adapter->AdapterHandle, // expect: PT001
                                                          Adapter->RxBufferSize,
                                                          "MpRx",
                                                          NormalPoolPriority);
    if (Adapter->RxBuffer == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MpAllocStatsBad(_In_ PMP_ADAPTER Adapter)
{
    PVOID stats = NULL;

    /* On failure the routine leaves stats NULL. */
    (VOID)NdisAllocateMemoryWithTag(&stats, 256, "MpSt");    // expect: PT001
    if (stats == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(stats, 256);
    Adapter->Statistics = stats;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MpAllocRxBufferGood(_In_ PMP_ADAPTER Adapter)
{
    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(Adapter->AdapterHandle,
                                                          Adapter->RxBufferSize,
                                                          MP_TAG,
                                                          NormalPoolPriority);
    if (Adapter->RxBuffer == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
MpFreeRxBuffer(_In_ PMP_ADAPTER Adapter)
{
    if (Adapter->RxBuffer != NULL) {
        NdisFreeMemoryWithTagPriority(Adapter->AdapterHandle, Adapter->RxBuffer, MP_TAG);
        Adapter->RxBuffer = NULL;
    }
}
