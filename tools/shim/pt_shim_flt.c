/* Filter-manager wrappers, in their own file so that only minifilters need
 * <fltKernel.h> (and fltmgr.sys): the aligned pool (a block remembers its
 * instance, which the real free needs) and contexts. A context is reference
 * counted: the shim counts the references the driver holds (the allocation,
 * FltReferenceContext, each FltGet...Context and each context of
 * FltGetContexts(Ex), the old context a FltSet...Context or a
 * FltDelete...Context hands back) and each
 * FltReleaseContext, or context of FltReleaseContexts(Ex), gives one back; a context still
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

/* A FltGet...Context: a reference for the caller when it succeeds. */
static NTSTATUS got(NTSTATUS s, const PFLT_CONTEXT *ctx, struct pt_site site)
{
    if (NT_SUCCESS(s))
        took(*ctx, site);
    return s;
}

NTSTATUS pt_FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    return got(FltGetInstanceContext(inst, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    return got(FltGetStreamContext(inst, fo, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    return got(FltGetVolumeContext(filter, vol, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    return got(FltGetFileContext(inst, fo, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx,
                                      PT_SITE_PARAMS)
{
    return got(FltGetStreamHandleContext(inst, fo, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *ctx,
                                     PT_SITE_PARAMS)
{
    return got(FltGetTransactionContext(inst, txn, ctx), ctx, SITE_OF());
}

NTSTATUS pt_FltGetSectionContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS)
{
    return got(FltGetSectionContext(inst, fo, ctx), ctx, SITE_OF());
}

/* FLT_RELATED_CONTEXTS(_EX) as a list of its members; an _EX of an older,
 * smaller ContextsSize has only the members that fit in it. */
#define MAX_RELATED 7
static unsigned related_ex(PFLT_RELATED_CONTEXTS_EX c, SIZE_T size, PFLT_CONTEXT *m[MAX_RELATED])
{
    PFLT_CONTEXT *all[MAX_RELATED] = { &c->VolumeContext, &c->InstanceContext, &c->FileContext,
                                       &c->StreamContext, &c->StreamHandleContext,
                                       &c->TransactionContext, &c->SectionContext };
    unsigned i, n = 0;
    for (i = 0; i < MAX_RELATED; i++)
        if ((SIZE_T)((char *)all[i] - (char *)c) + sizeof(PFLT_CONTEXT) <= size)
            m[n++] = all[i];
    return n;
}

static unsigned related(PFLT_RELATED_CONTEXTS c, PFLT_CONTEXT *m[MAX_RELATED])
{
    m[0] = &c->VolumeContext;
    m[1] = &c->InstanceContext;
    m[2] = &c->FileContext;
    m[3] = &c->StreamContext;
    m[4] = &c->StreamHandleContext;
    m[5] = &c->TransactionContext;
    return 6;
}

/* The members are out parameters: cleared before the call, so a member set
 * afterwards is a reference the filter manager gave, whatever the status. */
static void clear_members(PFLT_CONTEXT *const m[], unsigned n)
{
    unsigned i;
    for (i = 0; i < n; i++)
        *m[i] = NULL;
}

static void took_members(PFLT_CONTEXT *const m[], unsigned n, struct pt_site site)
{
    unsigned i;
    for (i = 0; i < n; i++)
        took(*m[i], site);
}

/* As FltReleaseContexts does: each context released, each member NULL. */
static void release_members(PFLT_CONTEXT *const m[], unsigned n, struct pt_site site)
{
    unsigned i;
    pt_flt_real_free = flt_real_free;
    for (i = 0; i < n; i++)
        if (*m[i] != NULL) {
            pt_tracked_free(PT_FAM_FLT_CONTEXT, *m[i], 0, 0, NULL, site);
            *m[i] = NULL;
        }
}

NTSTATUS pt_FltGetContexts(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, PFLT_RELATED_CONTEXTS ctxs,
                           PT_SITE_PARAMS)
{
    PFLT_CONTEXT *m[MAX_RELATED];
    unsigned n = related(ctxs, m);
    NTSTATUS s;
    clear_members(m, n);
    s = FltGetContexts(objs, want, ctxs);
    took_members(m, n, SITE_OF());
    return s;
}

VOID pt_FltReleaseContexts(PFLT_RELATED_CONTEXTS ctxs, PT_SITE_PARAMS)
{
    PFLT_CONTEXT *m[MAX_RELATED];
    release_members(m, related(ctxs, m), SITE_OF());
}

NTSTATUS pt_FltGetContextsEx(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, SIZE_T size,
                             PFLT_RELATED_CONTEXTS_EX ctxs, PT_SITE_PARAMS)
{
    PFLT_CONTEXT *m[MAX_RELATED];
    unsigned n = related_ex(ctxs, size, m);
    NTSTATUS s;
    clear_members(m, n);
    s = FltGetContextsEx(objs, want, size, ctxs);
    took_members(m, n, SITE_OF());
    return s;
}

VOID pt_FltReleaseContextsEx(SIZE_T size, PFLT_RELATED_CONTEXTS_EX ctxs, PT_SITE_PARAMS)
{
    PFLT_CONTEXT *m[MAX_RELATED];
    release_members(m, related_ex(ctxs, size, m), SITE_OF());
}

/* Success or not, an old context handed back carries a reference for the
 * caller (FLT_SET_CONTEXT_KEEP_IF_EXISTS: STATUS_FLT_CONTEXT_ALREADY_DEFINED;
 * a FltDelete...Context: the context it detached).
 * *old is cleared first, so it is set only when the routine handed one back. */
static PFLT_CONTEXT *old_cleared(PFLT_CONTEXT *old)
{
    if (old != NULL)
        *old = NULL;
    return old;
}

static NTSTATUS set_done(NTSTATUS s, const PFLT_CONTEXT *old, struct pt_site site)
{
    if (old != NULL)
        took(*old, site);
    return s;
}

NTSTATUS pt_FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                                  PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetInstanceContext(inst, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetStreamContext(inst, fo, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltSetVolumeContext(PFLT_VOLUME vol, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                                PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetVolumeContext(vol, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltSetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                              PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetFileContext(inst, fo, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltSetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                      PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetStreamHandleContext(inst, fo, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltSetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, FLT_SET_CONTEXT_OPERATION op,
                                     PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltSetTransactionContext(inst, txn, op, ctx, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltDeleteVolumeContext(filter, vol, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltDeleteInstanceContext(inst, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltDeleteFileContext(inst, fo, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old, PT_SITE_PARAMS)
{
    return set_done(FltDeleteStreamContext(inst, fo, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old,
                                         PT_SITE_PARAMS)
{
    return set_done(FltDeleteStreamHandleContext(inst, fo, old_cleared(old)), old, SITE_OF());
}

NTSTATUS pt_FltDeleteTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *old,
                                        PT_SITE_PARAMS)
{
    return set_done(FltDeleteTransactionContext(inst, txn, old_cleared(old)), old, SITE_OF());
}
