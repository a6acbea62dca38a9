/* Filter-manager wrappers (aligned pool, contexts); pt_shim.h includes this
 * when <fltKernel.h> came first (or PT_SHIM_FLT is defined). */
#ifndef PT_SHIM_FLT_H
#define PT_SHIM_FLT_H
#include "pt_shim_decls.h"

PVOID pt_FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag,
                                       PT_SITE_PARAMS);
VOID pt_FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag, PT_SITE_PARAMS);
NTSTATUS pt_FltAllocateContext(PFLT_FILTER filter, FLT_CONTEXT_TYPE type, SIZE_T n, POOL_TYPE pool,
                               PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
VOID pt_FltReferenceContext(PFLT_CONTEXT ctx, PT_SITE_PARAMS);
VOID pt_FltReleaseContext(PFLT_CONTEXT ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                                  PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltGetVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltGetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltGetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx,
                                      PT_SITE_PARAMS);
NTSTATUS pt_FltGetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *ctx,
                                     PT_SITE_PARAMS);
NTSTATUS pt_FltGetSectionContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx, PT_SITE_PARAMS);
NTSTATUS pt_FltGetContexts(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, PFLT_RELATED_CONTEXTS ctxs,
                           PT_SITE_PARAMS);
VOID pt_FltReleaseContexts(PFLT_RELATED_CONTEXTS ctxs, PT_SITE_PARAMS);
NTSTATUS pt_FltGetContextsEx(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, SIZE_T size,
                             PFLT_RELATED_CONTEXTS_EX ctxs, PT_SITE_PARAMS);
VOID pt_FltReleaseContextsEx(SIZE_T size, PFLT_RELATED_CONTEXTS_EX ctxs, PT_SITE_PARAMS);
NTSTATUS pt_FltSetVolumeContext(PFLT_VOLUME vol, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                                PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltSetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                              PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltSetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                      PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltSetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, FLT_SET_CONTEXT_OPERATION op,
                                     PFLT_CONTEXT ctx, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old, PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old,
                                         PT_SITE_PARAMS);
NTSTATUS pt_FltDeleteTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *old,
                                        PT_SITE_PARAMS);

/* pt_shim_flt.c itself calls the real routines. */
#ifndef PT_SHIM_FLT_NO_MACROS
#undef FltAllocatePoolAlignedWithTag
#undef FltFreePoolAlignedWithTag
#undef FltAllocateContext
#undef FltReferenceContext
#undef FltReleaseContext
#undef FltGetInstanceContext
#undef FltGetStreamContext
#undef FltSetInstanceContext
#undef FltSetStreamContext
#undef FltGetVolumeContext
#undef FltGetFileContext
#undef FltGetStreamHandleContext
#undef FltGetTransactionContext
#undef FltGetSectionContext
#undef FltGetContexts
#undef FltReleaseContexts
#undef FltGetContextsEx
#undef FltReleaseContextsEx
#undef FltSetVolumeContext
#undef FltSetFileContext
#undef FltSetStreamHandleContext
#undef FltSetTransactionContext
#undef FltDeleteVolumeContext
#undef FltDeleteInstanceContext
#undef FltDeleteFileContext
#undef FltDeleteStreamContext
#undef FltDeleteStreamHandleContext
#undef FltDeleteTransactionContext
#define FltAllocatePoolAlignedWithTag(i, t, n, g) \
    pt_FltAllocatePoolAlignedWithTag((i), (t), (n), (g), PT_SITE)
#define FltFreePoolAlignedWithTag(i, p, g) pt_FltFreePoolAlignedWithTag((i), (p), (g), PT_SITE)
#define FltAllocateContext(f, t, n, p, c) pt_FltAllocateContext((f), (t), (n), (p), (c), PT_SITE)
#define FltReferenceContext(c) pt_FltReferenceContext((c), PT_SITE)
#define FltReleaseContext(c) pt_FltReleaseContext((c), PT_SITE)
#define FltGetInstanceContext(i, c) pt_FltGetInstanceContext((i), (c), PT_SITE)
#define FltGetStreamContext(i, f, c) pt_FltGetStreamContext((i), (f), (c), PT_SITE)
#define FltSetInstanceContext(i, o, c, p) pt_FltSetInstanceContext((i), (o), (c), (p), PT_SITE)
#define FltSetStreamContext(i, f, o, c, p) pt_FltSetStreamContext((i), (f), (o), (c), (p), PT_SITE)
#define FltGetVolumeContext(f, v, c) pt_FltGetVolumeContext((f), (v), (c), PT_SITE)
#define FltGetFileContext(i, f, c) pt_FltGetFileContext((i), (f), (c), PT_SITE)
#define FltGetStreamHandleContext(i, f, c) pt_FltGetStreamHandleContext((i), (f), (c), PT_SITE)
#define FltGetTransactionContext(i, t, c) pt_FltGetTransactionContext((i), (t), (c), PT_SITE)
#define FltGetSectionContext(i, f, c) pt_FltGetSectionContext((i), (f), (c), PT_SITE)
#define FltGetContexts(o, w, c) pt_FltGetContexts((o), (w), (c), PT_SITE)
#define FltReleaseContexts(c) pt_FltReleaseContexts((c), PT_SITE)
#define FltGetContextsEx(o, w, n, c) pt_FltGetContextsEx((o), (w), (n), (c), PT_SITE)
#define FltReleaseContextsEx(n, c) pt_FltReleaseContextsEx((n), (c), PT_SITE)
#define FltSetVolumeContext(v, o, c, p) pt_FltSetVolumeContext((v), (o), (c), (p), PT_SITE)
#define FltSetFileContext(i, f, o, c, p) pt_FltSetFileContext((i), (f), (o), (c), (p), PT_SITE)
#define FltSetStreamHandleContext(i, f, o, c, p) \
    pt_FltSetStreamHandleContext((i), (f), (o), (c), (p), PT_SITE)
#define FltSetTransactionContext(i, t, o, c, p) \
    pt_FltSetTransactionContext((i), (t), (o), (c), (p), PT_SITE)
#define FltDeleteVolumeContext(f, v, p) pt_FltDeleteVolumeContext((f), (v), (p), PT_SITE)
#define FltDeleteInstanceContext(i, p) pt_FltDeleteInstanceContext((i), (p), PT_SITE)
#define FltDeleteFileContext(i, f, p) pt_FltDeleteFileContext((i), (f), (p), PT_SITE)
#define FltDeleteStreamContext(i, f, p) pt_FltDeleteStreamContext((i), (f), (p), PT_SITE)
#define FltDeleteStreamHandleContext(i, f, p) pt_FltDeleteStreamHandleContext((i), (f), (p), PT_SITE)
#define FltDeleteTransactionContext(i, t, p) pt_FltDeleteTransactionContext((i), (t), (p), PT_SITE)
#endif
#endif
