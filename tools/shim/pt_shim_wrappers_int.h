/* Shared between the wrapper files (pool, I/O, NDIS). */
#ifndef PT_SHIM_WRAPPERS_INT_H
#define PT_SHIM_WRAPPERS_INT_H
#include "pt_shim_core.h"

/* Frees b for real with its own family's routine. */
void pt_real_free(const struct pt_block *b);
/* Checks a free with the core, then frees for real unless it is a double
 * free. aux: the lookaside list or NDIS handle given to the free routine. */
void pt_tracked_free(enum pt_family fam, PVOID p, int check_tag, ULONG tag, const void *aux,
                     struct pt_site site);
/* The kernel's ExAllocatePool2/3. Kernel build: looked up at run time
 * (MmGetSystemRoutineAddress), so that a driver built with the shim loads
 * before Windows 10 2004 (pt_shim_km_pool2.c); user mode: a direct call. */
PVOID pt_real_ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag);
PVOID pt_real_ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext,
                              ULONG count);
/* Set by pt_shim_ndis.c on first use, so non-NDIS drivers need no NDIS. */
extern void (*pt_ndis_real_free)(const struct pt_block *b);
/* Set by pt_shim_flt.c on first use, so only minifilters need fltmgr.sys. */
extern void (*pt_flt_real_free)(const struct pt_block *b);
/* Set by pt_shim_wdf.c on first use, so only KMDF drivers need the framework. */
extern void (*pt_wdf_real_free)(const struct pt_block *b);

#define SITE_OF() ((struct pt_site){ pt_file, pt_line, pt_func })

/* An allocation request of a family whose size and pool the wrapper knows
 * (I/O, lookaside, work items, MDL pages): one builder for all of them. */
static inline struct pt_alloc_req pt_family_req(enum pt_family fam, ULONG tag, SIZE_T n, const char *pool,
                                                int paged, int quota, const void *aux, struct pt_site site)
{
    struct pt_alloc_req r = { fam, tag, n, pool, paged, quota, aux, site, 0, 0 };
    return r;
}
#endif
