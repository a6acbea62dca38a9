/*
 * PT008 double-free in NDIS: NdisFreeMemory on the NDIS 5 allocation twice
 * (once in the validation branch, once at the end), and
 * NdisFreeMemoryWithTagPriority twice in the NDIS 6 variant.
 */
#include <ndis.h>

#define OID_TAG 'diOM'

NDIS_STATUS
OidSetMulticastBad(_In_reads_bytes_(Length) PVOID List, _In_ ULONG Length)
{
    PVOID copy = NULL;
    NDIS_STATUS status = NDIS_STATUS_SUCCESS;

    NdisAllocateMemoryWithTag(&copy, Length, OID_TAG);
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(copy, List, Length);
    if (Length % 6 != 0) {
        NdisFreeMemory(copy, Length, 0);
        status = NDIS_STATUS_INVALID_LENGTH;
    }
    NdisFreeMemory(copy, Length, 0);        // expect: PT008
    return status;
}

NDIS_STATUS
OidQueryStatsBad(_In_ NDIS_HANDLE Handle, _Out_writes_bytes_(Length) PVOID Out, _In_ ULONG Length)
{
    PVOID stats;

    stats = NdisAllocateMemoryWithTagPriority(Handle, Length, OID_TAG, NormalPoolPriority);
    if (stats == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(stats, Length);
    NdisMoveMemory(Out, stats, Length);
    NdisFreeMemoryWithTagPriority(Handle, stats, OID_TAG);
    NdisFreeMemoryWithTagPriority(Handle, stats, OID_TAG);      // expect: PT008
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
OidSetMulticastGood(_In_reads_bytes_(Length) PVOID List, _In_ ULONG Length)
{
    PVOID copy = NULL;
    NDIS_STATUS status = NDIS_STATUS_SUCCESS;

    NdisAllocateMemoryWithTag(&copy, Length, OID_TAG);
    if (copy == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(copy, List, Length);
    if (Length % 6 != 0) {
        status = NDIS_STATUS_INVALID_LENGTH;
    }
    NdisFreeMemory(copy, Length, 0);
    return status;
}
