/*
 * NdisAllocateMemoryWithTag reports failure as any status other than
 * NDIS_STATUS_SUCCESS; "!= NDIS_STATUS_SUCCESS" is not an interval of values,
 * but it still means nothing was allocated (regression: a false PT005).
 */
#include <ndis.h>

#define LIST_TAG 'tsLN'

NDIS_STATUS
CopyList(_In_reads_bytes_(Length) PVOID List, _In_ UINT Length, _Out_ PVOID *Copy)
{
    PVOID p;
    NDIS_STATUS status = NdisAllocateMemoryWithTag(&p, Length, LIST_TAG);

    if (status != NDIS_STATUS_SUCCESS) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisMoveMemory(p, List, Length);
    *Copy = p;
    return NDIS_STATUS_SUCCESS;
}

VOID
ScratchUse(_In_ UINT Length)
{
    PVOID p;

    if (NdisAllocateMemoryWithTag(&p, Length, LIST_TAG) != NDIS_STATUS_SUCCESS) {
        return;
    }
    NdisZeroMemory(p, Length);
    NdisFreeMemory(p, Length, 0);
}
