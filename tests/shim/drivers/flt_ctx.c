/* Minifilter-style code for filter-manager contexts: a leak and a clean twin
 * for the allocation's reference, a reference taken by FltGetStreamContext,
 * one added by FltReferenceContext; and a release too many. */
#include <fltKernel.h>
#include "pt_shim.h"

static PFLT_FILTER g_filter;
static PFLT_INSTANCE g_inst;
static struct _FILE_OBJECT *g_file = (struct _FILE_OBJECT *)&g_file;   /* any address will do */

/* A stream context attached to g_file, the allocation's reference released. */
static PFLT_CONTEXT attach(void)
{
    PFLT_CONTEXT ctx = NULL, old = NULL;
    if (!NT_SUCCESS(FltAllocateContext(g_filter, FLT_STREAM_CONTEXT, 64, NonPagedPool, &ctx)))
        return NULL;
    (void)FltSetStreamContext(g_inst, g_file, FLT_SET_CONTEXT_KEEP_IF_EXISTS, ctx, &old);
    FltReleaseContext(ctx);
    return ctx;
}

void CtxLeak(void)
{
    PFLT_CONTEXT ctx = NULL;
    (void)FltAllocateContext(g_filter, FLT_INSTANCE_CONTEXT, 32, PagedPool, &ctx); /* site:ctx_leak */
}

void CtxPair(void)
{
    PFLT_CONTEXT ctx = attach(), got = NULL;
    if (NT_SUCCESS(FltGetStreamContext(g_inst, g_file, &got)))
        FltReleaseContext(got);
    FltDeleteContext(ctx);
}

void CtxGetLeak(void)
{
    PFLT_CONTEXT ctx = attach(), got = NULL;
    (void)FltGetStreamContext(g_inst, g_file, &got); /* site:ctx_get_leak */
    FltDeleteContext(ctx);   /* detached; the reference gotten keeps it */
}

void CtxRefLeak(void)
{
    PFLT_CONTEXT ctx = NULL;
    (void)FltAllocateContext(g_filter, FLT_INSTANCE_CONTEXT, 32, PagedPool, &ctx); /* site:ctx_ref */
    FltReferenceContext(ctx);
    FltReleaseContext(ctx);   /* one of two */
}

void CtxTwoRefsLeak(void)
{
    PFLT_CONTEXT ctx = NULL;
    (void)FltAllocateContext(g_filter, FLT_INSTANCE_CONTEXT, 32, PagedPool, &ctx); /* site:ctx_two */
    FltReferenceContext(ctx);   /* neither given back: both released at settle */
}

void CtxRefPair(void)
{
    PFLT_CONTEXT ctx = NULL;
    (void)FltAllocateContext(g_filter, FLT_INSTANCE_CONTEXT, 32, PagedPool, &ctx);
    FltReferenceContext(ctx);
    FltReleaseContext(ctx);
    FltReleaseContext(ctx);
}

void CtxTwice(void)
{
    PFLT_CONTEXT ctx = NULL;
    (void)FltAllocateContext(g_filter, FLT_INSTANCE_CONTEXT, 32, PagedPool, &ctx);
    FltReleaseContext(ctx);
    FltReleaseContext(ctx);   /* site:ctx_twice */
}
