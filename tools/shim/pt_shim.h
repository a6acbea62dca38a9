/* pooltrack runtime shim: include after the WDK headers (or force-include:
 * cl /FI pt_shim.h, gcc -include pt_shim.h). Every allocator and free of the
 * families (analyzer/model/data/pool_api.def) goes through a tracking
 * wrapper that records tag, size, pool type/flags, call site and a sequence
 * number. */
#ifndef PT_SHIM_H
#define PT_SHIM_H
/* Force-included, this file comes before the driver's own includes: pull in
 * the WDK first so that its prototypes are not rewritten by the macros below.
 * NDIS drivers that force-include define PT_SHIM_NDIS to get <ndis.h> here,
 * minifilters PT_SHIM_FLT to get <fltKernel.h> instead of <ntddk.h>. */
#ifdef PT_SHIM_FLT
#include <fltKernel.h>   /* minifilters: ntifs.h before anything else */
#else
#include <ntddk.h>
#endif
#ifdef PT_SHIM_NDIS
#include <ndis.h>
#endif
#ifdef PT_SHIM_WDF
#include <wdf.h>
#endif
#include "pt_shim_decls.h"

#undef ExAllocatePool
#undef ExAllocatePoolWithTag
#undef ExAllocatePoolWithTagPriority
#undef ExAllocatePoolWithQuota
#undef ExAllocatePoolWithQuotaTag
#undef ExAllocatePool2
#undef ExAllocatePool3
#undef ExAllocatePoolZero
#undef ExAllocatePoolUninitialized
#undef ExAllocatePoolQuotaZero
#undef ExAllocatePoolQuotaUninitialized
#undef ExAllocatePoolPriorityZero
#undef ExAllocatePoolPriorityUninitialized
#undef ExFreePool
#undef ExFreePoolWithTag
#undef ExFreePool2
#define ExAllocatePool(t, n) pt_ExAllocatePool((t), (n), PT_SITE)
#define ExAllocatePoolWithTag(t, n, g) pt_ExAllocatePoolWithTag((t), (n), (g), PT_SITE)
#define ExAllocatePoolWithTagPriority(t, n, g, p) \
    pt_ExAllocatePoolWithTagPriority((t), (n), (g), (p), PT_SITE)
#define ExAllocatePoolWithQuota(t, n) pt_ExAllocatePoolWithQuota((t), (n), PT_SITE)
#define ExAllocatePoolWithQuotaTag(t, n, g) pt_ExAllocatePoolWithQuotaTag((t), (n), (g), PT_SITE)
#define ExAllocatePool2(f, n, g) pt_ExAllocatePool2((f), (n), (g), PT_SITE)
#define ExAllocatePool3(f, n, g, e, c) pt_ExAllocatePool3((f), (n), (g), (e), (c), PT_SITE)
#define ExAllocatePoolZero(t, n, g) pt_ExAllocatePoolZero((t), (n), (g), PT_SITE)
#define ExAllocatePoolUninitialized(t, n, g) \
    pt_ExAllocatePoolUninitialized((t), (n), (g), PT_SITE)
#define ExAllocatePoolQuotaZero(t, n, g) pt_ExAllocatePoolQuotaZero((t), (n), (g), PT_SITE)
#define ExAllocatePoolQuotaUninitialized(t, n, g) \
    pt_ExAllocatePoolQuotaUninitialized((t), (n), (g), PT_SITE)
#define ExAllocatePoolPriorityZero(t, n, g, p) \
    pt_ExAllocatePoolPriorityZero((t), (n), (g), (p), PT_SITE)
#define ExAllocatePoolPriorityUninitialized(t, n, g, p) \
    pt_ExAllocatePoolPriorityUninitialized((t), (n), (g), (p), PT_SITE)
#define ExFreePool(p) pt_ExFreePool((p), PT_SITE)
#define ExFreePoolWithTag(p, g) pt_ExFreePoolWithTag((p), (g), PT_SITE)
#define ExFreePool2(p, g, e, c) pt_ExFreePool2((p), (g), (e), (c), PT_SITE)

#undef IoAllocateMdl
#undef IoFreeMdl
#undef MmProbeAndLockPages
#undef MmUnlockPages
#undef IoAllocateIrp
#undef IoFreeIrp
#define IoAllocateMdl(v, l, s, q, i) pt_IoAllocateMdl((v), (l), (s), (q), (i), PT_SITE)
#define IoFreeMdl(m) pt_IoFreeMdl((m), PT_SITE)
#define MmProbeAndLockPages(m, k, o) pt_MmProbeAndLockPages((m), (k), (o), PT_SITE)
#define MmUnlockPages(m) pt_MmUnlockPages((m), PT_SITE)
#define IoAllocateIrp(s, q) pt_IoAllocateIrp((s), (q), PT_SITE)
#define IoFreeIrp(i) pt_IoFreeIrp((i), PT_SITE)

#undef ExAllocateFromNPagedLookasideList
#undef ExFreeToNPagedLookasideList
#undef ExAllocateFromPagedLookasideList
#undef ExFreeToPagedLookasideList
#define ExAllocateFromNPagedLookasideList(l) pt_ExAllocateFromNPagedLookasideList((l), PT_SITE)
#define ExFreeToNPagedLookasideList(l, p) pt_ExFreeToNPagedLookasideList((l), (p), PT_SITE)
#define ExAllocateFromPagedLookasideList(l) pt_ExAllocateFromPagedLookasideList((l), PT_SITE)
#define ExFreeToPagedLookasideList(l, p) pt_ExFreeToPagedLookasideList((l), (p), PT_SITE)

#undef MmAllocateContiguousMemory
#undef MmAllocateContiguousMemorySpecifyCache
#undef MmFreeContiguousMemory
#undef MmFreeContiguousMemorySpecifyCache
#define MmAllocateContiguousMemory(n, h) pt_MmAllocateContiguousMemory((n), (h), PT_SITE)
#define MmAllocateContiguousMemorySpecifyCache(n, l, h, b, c) \
    pt_MmAllocateContiguousMemorySpecifyCache((n), (l), (h), (b), (c), PT_SITE)
#define MmFreeContiguousMemory(p) pt_MmFreeContiguousMemory((p), PT_SITE)
#define MmFreeContiguousMemorySpecifyCache(p, n, c) \
    pt_MmFreeContiguousMemorySpecifyCache((p), (n), (c), PT_SITE)

#undef RtlAnsiStringToUnicodeString
#undef RtlFreeUnicodeString
#define RtlAnsiStringToUnicodeString(d, s, a) pt_RtlAnsiStringToUnicodeString((d), (s), (a), PT_SITE)
#define RtlFreeUnicodeString(s) pt_RtlFreeUnicodeString((s), PT_SITE)

#undef ExAllocateFromLookasideListEx
#undef ExFreeToLookasideListEx
#undef IoAllocateWorkItem
#undef IoFreeWorkItem
#undef IoBuildAsynchronousFsdRequest
#undef MmAllocatePagesForMdl
#undef MmAllocatePagesForMdlEx
#undef MmFreePagesFromMdl
#define ExAllocateFromLookasideListEx(l) pt_ExAllocateFromLookasideListEx((l), PT_SITE)
#define ExFreeToLookasideListEx(l, p) pt_ExFreeToLookasideListEx((l), (p), PT_SITE)
#define IoAllocateWorkItem(d) pt_IoAllocateWorkItem((d), PT_SITE)
#define IoFreeWorkItem(w) pt_IoFreeWorkItem((w), PT_SITE)
#define IoBuildAsynchronousFsdRequest(m, d, b, n, o, s) \
    pt_IoBuildAsynchronousFsdRequest((m), (d), (b), (n), (o), (s), PT_SITE)
#define MmAllocatePagesForMdl(l, h, s, n) pt_MmAllocatePagesForMdl((l), (h), (s), (n), PT_SITE)
#define MmAllocatePagesForMdlEx(l, h, s, n, c, f) \
    pt_MmAllocatePagesForMdlEx((l), (h), (s), (n), (c), (f), PT_SITE)
#define MmFreePagesFromMdl(m) pt_MmFreePagesFromMdl((m), PT_SITE)

/* Minifilters: include <fltKernel.h> first, or define PT_SHIM_FLT. */
#if defined(__FLTKERNEL__) || defined(PT_SHIM_FLT)
#include "pt_shim_flt.h"
#endif

/* KMDF drivers: include <wdf.h> first, or define PT_SHIM_WDF. */
#if defined(_WDFMEMORY_H_) || defined(PT_SHIM_WDF)
#include "pt_shim_wdf.h"
#endif

/* NDIS drivers: include <ndis.h> first (it defines _NDIS_), or define PT_SHIM_NDIS. */
#if defined(_NDIS_) || defined(PT_SHIM_NDIS)
#include "pt_shim_ndis.h"
#endif

#endif
