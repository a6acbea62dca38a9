/*
 * PT003 tag-size-swap in an NDIS 6 filter: NdisAllocateMemoryWithTagPriority
 * (Handle, Length, Tag, Priority) with Length and Tag exchanged.
 */
#include <ndis.h>

#define FILTER_TAG 'tliF'

typedef struct _FILTER_OID_COPY {
    ULONG Oid;
    ULONG InformationBufferLength;
    UCHAR InformationBuffer[64];
} FILTER_OID_COPY, *PFILTER_OID_COPY;

typedef struct _FILTER_CONTEXT {
    NDIS_HANDLE FilterHandle;
    PVOID OidBuffer;
    ULONG OidBufferLength;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

NDIS_STATUS
FilterAllocOidBufferBad(_In_ PFILTER_CONTEXT Filter)
{
    Filter->OidBuffer = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle,   // expect: PT003
                                                          FILTER_TAG,
                                                          sizeof(FILTER_OID_COPY),
                                                          LowPoolPriority);
    if (Filter->OidBuffer == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    Filter->OidBufferLength = sizeof(FILTER_OID_COPY);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
FilterAllocOidBufferGood(_In_ PFILTER_CONTEXT Filter)
{
    Filter->OidBuffer = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle,
                                                          sizeof(FILTER_OID_COPY),
                                                          FILTER_TAG,
                                                          LowPoolPriority);
    if (Filter->OidBuffer == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    Filter->OidBufferLength = sizeof(FILTER_OID_COPY);
    return NDIS_STATUS_SUCCESS;
}
