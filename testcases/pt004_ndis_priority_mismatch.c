/*
 * PT004 tag-mismatch in NDIS 6: NdisFreeMemoryWithTagPriority must get the
 * tag NdisAllocateMemoryWithTagPriority was given.
 */
#include <ndis.h>

#define LWF_RX_TAG  'xRwL'
#define LWF_TX_TAG  'xTwL'

typedef struct _LWF_FILTER {
    NDIS_HANDLE FilterHandle;
    NDIS_SPIN_LOCK Lock;
    ULONG MtuSize;
} LWF_FILTER, *PLWF_FILTER;

NDIS_STATUS
LwfCopyFrameBad(_In_ PLWF_FILTER Filter, _In_reads_bytes_(Length) PUCHAR Frame,
                _In_ ULONG Length)
{
    PUCHAR copy;

    if (Length > Filter->MtuSize) {
        return NDIS_STATUS_INVALID_LENGTH;
    }
    copy = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, Length, LWF_RX_TAG,
                                             NormalPoolPriority);
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(copy, Frame, Length);
    NdisFreeMemoryWithTagPriority(Filter->FilterHandle, copy, LWF_TX_TAG);   // expect: PT004
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
LwfCopyFrameGood(_In_ PLWF_FILTER Filter, _In_reads_bytes_(Length) PUCHAR Frame,
                 _In_ ULONG Length)
{
    PUCHAR copy;

    if (Length > Filter->MtuSize) {
        return NDIS_STATUS_INVALID_LENGTH;
    }
    copy = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, Length, LWF_RX_TAG,
                                             NormalPoolPriority);
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(copy, Frame, Length);
    NdisFreeMemoryWithTagPriority(Filter->FilterHandle, copy, LWF_RX_TAG);
    return NDIS_STATUS_SUCCESS;
}
