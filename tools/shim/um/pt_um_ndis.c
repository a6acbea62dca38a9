/* User-mode NDIS memory routines over malloc. */
#include <stdlib.h>
#include "ndis.h"

NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *va, UINT len, ULONG tag)
{
    (void)tag;
    *va = calloc(1, len ? len : 1);
    return *va ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE h, UINT len, ULONG tag, EX_POOL_PRIORITY p)
{
    (void)h; (void)tag; (void)p;
    return malloc(len ? len : 1);
}

VOID NdisFreeMemory(PVOID va, UINT len, UINT flags)
{
    (void)len; (void)flags;
    free(va);
}

VOID NdisFreeMemoryWithTagPriority(NDIS_HANDLE h, PVOID va, ULONG tag)
{
    (void)h; (void)tag;
    free(va);
}
