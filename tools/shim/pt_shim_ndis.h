/* NDIS allocator wrappers; pt_shim.h includes this when <ndis.h> came first. */
#ifndef PT_SHIM_NDIS_H
#define PT_SHIM_NDIS_H
#include "pt_shim_decls.h"

NDIS_STATUS pt_NdisAllocateMemoryWithTag(PVOID *va, UINT len, ULONG tag, PT_SITE_PARAMS);
PVOID pt_NdisAllocateMemoryWithTagPriority(NDIS_HANDLE h, UINT len, ULONG tag,
                                           EX_POOL_PRIORITY prio, PT_SITE_PARAMS);
VOID pt_NdisFreeMemory(PVOID va, UINT len, UINT flags, PT_SITE_PARAMS);
VOID pt_NdisFreeMemoryWithTagPriority(NDIS_HANDLE h, PVOID va, ULONG tag, PT_SITE_PARAMS);

/* pt_shim_ndis.c itself calls the real routines. */
#ifndef PT_SHIM_NDIS_NO_MACROS
#undef NdisAllocateMemoryWithTag
#undef NdisAllocateMemoryWithTagPriority
#undef NdisFreeMemory
#undef NdisFreeMemoryWithTagPriority
#define NdisAllocateMemoryWithTag(v, l, g) pt_NdisAllocateMemoryWithTag((v), (l), (g), PT_SITE)
#define NdisAllocateMemoryWithTagPriority(h, l, g, p) \
    pt_NdisAllocateMemoryWithTagPriority((h), (l), (g), (p), PT_SITE)
#define NdisFreeMemory(v, l, f) pt_NdisFreeMemory((v), (l), (f), PT_SITE)
#define NdisFreeMemoryWithTagPriority(h, v, g) pt_NdisFreeMemoryWithTagPriority((h), (v), (g), PT_SITE)
#endif
#endif
