/* Filter-manager wrappers, in their own file so that only minifilters need
 * <fltKernel.h> (and fltmgr.sys): the aligned pool (a block remembers its
 * instance, which the real free needs) and contexts. A context is reference
 * counted: the shim counts the references the driver holds (the allocation,
 * FltReferenceContext, a FltGet...Context, the old context a FltSet...Context
 * hands back) and each FltReleaseContext gives one back; a context still
 * referenced at unload is a leak, a release with no reference left a double
 * free (not passed on). The filter manager's own reference of an attached
 * context is not the driver's and is not counted. */
#include <fltKernel.h>
#include "pt_shim_decls.h"
#define PT_SHIM_FLT_NO_MACROS
#include "pt_shim_flt.h"
#include "pt_shim_wrappers_int.h"

#define TAG_CTX 0x43746c46u   /* 'FltC': the shim's label (the tag is the registration's) */

/* A context's block holds refs + 1 references (all of them when a leak is
 * given back at unload, PT_SHIM_RELEASE_LEAKS; one on a release). */
static void flt_real_free(const struct pt_block *b)
{
    unsigned i;
    if (b->req.family == PT_FAM_FLT_CONTEXT)
        for (i = 0; i <= b->refs; i++)
            FltReleaseContext((PFLT_CONTEXT)(ULONG_PTR)b->addr);
    else
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

static struct pt_alloc_req ctx_req(SIZE_T n, POOL_TYPE type, struct pt_site site)
{
    int paged = ((int)type & 1) != 0;
    return pt_family_req(PT_FAM_FLT_CONTEXT, TAG_CTX, n, paged ? "PagedPool" : "NonPagedPool", paged, 0,
                         NULL, site);
}

NTSTATUS pt_FltAllocateContext(PFLT_FILTER filter, FLT_CONTEXT_TYPE type, SIZE_T n, POOL_TYPE pool,
                               PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    struct pt_alloc_req r = ctx_req(n, pool, SITE_OF());
    NTSTATUS s;
    pt_flt_real_free = flt_real_free;
    if (pt_core_before_alloc(&r)) {
        *ctx = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s = FltAllocateContext(filter, type, n, pool, ctx);
    pt_core_after_alloc(&r, NT_SUCCESS(s) ? *ctx : NULL);
    return s;
}

/* A reference the driver now holds (size 0: the shim does not know it). */
static void took(PFLT_CONTEXT ctx, struct pt_site site)
{
    struct pt_alloc_req r = ctx_req(0, NonPagedPool, site);
    pt_flt_real_free = flt_real_free;
    if (ctx != NULL)
        pt_core_after_alloc(&r, ctx);
}

VOID pt_FltReferenceContext(PFLT_CONTEXT ctx, PT_SITE_PARAMS)
{
    FltReferenceContext(ctx);
    took(ctx, SITE_OF());
}

VOID pt_FltReleaseContext(PFLT_CONTEXT ctx, PT_SITE_PARAMS)
{
    pt_flt_real_free = flt_real_free;
    pt_tracked_free(PT_FAM_FLT_CONTEXT, ctx, 0, 0, NULL, SITE_OF());
}

NTSTATUS pt_FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    NTSTATUS s = FltGetInstanceContext(inst, ctx);
    if (NT_SUCCESS(s))
        took(*ctx, SITE_OF());
    return s;
}

NTSTATUS pt_FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    NTSTATUS s = FltGetStreamContext(inst, fo, ctx);
    if (NT_SUCCESS(s))
        took(*ctx, SITE_OF());
    return s;
}

/* Success or not, an old context handed back carries a reference for the
 * caller (FLT_SET_CONTEXT_KEEP_IF_EXISTS: STATUS_FLT_CONTEXT_ALREADY_DEFINED). */
NTSTATUS pt_FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                                  PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    NTSTATUS s;
    if (old != NULL)
        *old = NULL;
    s = FltSetInstanceContext(inst, op, ctx, old);
    if (old != NULL)
        took(*old, SITE_OF());
    return s;
}

NTSTATUS pt_FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    NTSTATUS s;
    if (old != NULL)
        *old = NULL;
    s = FltSetStreamContext(inst, fo, op, ctx, old);
    if (old != NULL)
        took(*old, SITE_OF());
    return s;
}
