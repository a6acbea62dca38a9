/* User-mode NDIS memory routines over malloc. */
#include <stdlib.h>
#include "ndis.h"
#include "pt_um_harness.h"

NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *va, UINT len, ULONG tag)
{
    (void)tag;
    *va = pt_um_mem_alloc(len, 1);
    return *va ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE h, UINT len, ULONG tag, EX_POOL_PRIORITY p)
{
    (void)h; (void)tag; (void)p;
    return pt_um_mem_alloc(len, 0);
}

VOID NdisFreeMemory(PVOID va, UINT len, UINT flags)
{
    (void)len; (void)flags;
    pt_um_mem_free(va, "NdisFreeMemory");
}

VOID NdisFreeMemoryWithTagPriority(NDIS_HANDLE h, PVOID va, ULONG tag)
{
    (void)h; (void)tag;
    pt_um_mem_free(va, "NdisFreeMemoryWithTagPriority");
}
