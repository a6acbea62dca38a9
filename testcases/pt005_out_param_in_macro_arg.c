/*
 * An allocating call written inside a macro argument, with '&' on its out
 * parameter: NDIS_OK(NdisAllocateMemoryWithTag(&p, ...)). libclang gives no
 * token location for that '&'; the analyzer must still see that the call
 * fills `p` (regression: it lost the '&' and with it the allocation).
 */
#include <ndis.h>

#define NDIS_OK(s) ((s) == NDIS_STATUS_SUCCESS)
#define BUF_TAG 'fuBN'

NDIS_STATUS
FillLeaky(_In_ UINT Length, _In_ BOOLEAN Verbose)
{
    PVOID p;

    if (!NDIS_OK(NdisAllocateMemoryWithTag(&p, Length, BUF_TAG))) {   // expect: PT005
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(p, Length);
    if (Verbose) {
        return NDIS_STATUS_SUCCESS;     /* p leaks */
    }
    NdisFreeMemory(p, 0, 0);
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
FillClean(_In_ UINT Length)
{
    PVOID p;

    if (!NDIS_OK(NdisAllocateMemoryWithTag(&p, Length, BUF_TAG))) {
        return NDIS_STATUS_RESOURCES;   /* nothing was allocated */
    }
    NdisZeroMemory(p, Length);
    NdisFreeMemory(p, 0, 0);
    return NDIS_STATUS_SUCCESS;
}
