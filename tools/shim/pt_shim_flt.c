/* Filter-manager allocator wrappers, in their own file so that only
 * minifilters need <fltKernel.h> (and fltmgr.sys). A block remembers its
 * instance, which the real free needs. */
#include <fltKernel.h>
#include "pt_shim_decls.h"
#define PT_SHIM_FLT_NO_MACROS
#include "pt_shim_flt.h"
#include "pt_shim_wrappers_int.h"

static void flt_real_free(const struct pt_block *b)
{
    FltFreePoolAlignedWithTag((PFLT_INSTANCE)(ULONG_PTR)b->req.aux, (PVOID)(ULONG_PTR)b->addr,
                              b->req.tag);
}

PVOID pt_FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag,
                                       PT_SITE_PARAMS)
{
    int paged = ((int)type & 1) != 0;
    struct pt_alloc_req r = { PT_FAM_FLT, tag, n, paged ? "PagedPool" : "NonPagedPool", paged,
                              0, inst, SITE_OF(), 0, 0 };
    PVOID p;
    pt_flt_real_free = flt_real_free;
    if (pt_core_before_alloc(&r))
        return NULL;
    p = FltAllocatePoolAlignedWithTag(inst, type, n, tag);
    pt_core_after_alloc(&r, p);
    return p;
}

VOID pt_FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag, PT_SITE_PARAMS)
{
    pt_flt_real_free = flt_real_free;
    pt_tracked_free(PT_FAM_FLT, p, 1, tag, inst, SITE_OF());
}
