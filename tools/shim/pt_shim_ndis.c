/* NDIS allocator wrappers, in their own file so that only NDIS drivers need
 * <ndis.h>. A block from ...WithTagPriority remembers its NDIS handle. */
#include <ntddk.h>
#include <ndis.h>
#include "pt_shim_decls.h"
#define PT_SHIM_NDIS_NO_MACROS
#include "pt_shim_ndis.h"
#include "pt_shim_wrappers_int.h"

static void ndis_real_free(const struct pt_block *b)
{
    PVOID p = (PVOID)(ULONG_PTR)b->addr;
    if (b->req.aux != NULL)
        NdisFreeMemoryWithTagPriority((NDIS_HANDLE)(ULONG_PTR)b->req.aux, p, b->req.tag);
    else
        NdisFreeMemory(p, 0, 0);
}

static struct pt_alloc_req ndis_req(UINT len, ULONG tag, NDIS_HANDLE h, struct pt_site site)
{
    struct pt_alloc_req r = { PT_FAM_NDIS, tag, len, "NonPagedPoolNx", 0, 0, h, site, 0, 0 };
    pt_ndis_real_free = ndis_real_free;
    return r;
}

NDIS_STATUS pt_NdisAllocateMemoryWithTag(PVOID *va, UINT len, ULONG tag, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = ndis_req(len, tag, NULL, SITE_OF());
    NDIS_STATUS st;
    if (pt_core_before_alloc(&r)) {
        *va = NULL;
        return NDIS_STATUS_RESOURCES;
    }
    st = NdisAllocateMemoryWithTag(va, len, tag);
    pt_core_after_alloc(&r, st == NDIS_STATUS_SUCCESS ? *va : NULL);
    return st;
}

PVOID pt_NdisAllocateMemoryWithTagPriority(NDIS_HANDLE h, UINT len, ULONG tag,
                                           EX_POOL_PRIORITY prio, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = ndis_req(len, tag, h, SITE_OF());
    PVOID p;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = NdisAllocateMemoryWithTagPriority(h, len, tag, prio);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_NdisFreeMemory(PVOID va, UINT len, UINT flags, PT_SITE_PARAMS)
{
    (void)len;
    (void)flags;
    pt_ndis_real_free = ndis_real_free;
    pt_tracked_free(PT_FAM_NDIS, va, 0, 0, NULL, SITE_OF());
}

VOID pt_NdisFreeMemoryWithTagPriority(NDIS_HANDLE h, PVOID va, ULONG tag, PT_SITE_PARAMS)
{
    pt_ndis_real_free = ndis_real_free;
    pt_tracked_free(PT_FAM_NDIS, va, 1, tag, h, SITE_OF());
}
