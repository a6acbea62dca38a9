/* Minifilter-style code for every routine that hands the driver a context
 * reference, on each kind of object: FltGet...Context, the old context that
 * FltSet...Context and FltDelete...Context hand back, and the contexts of
 * FltGetContexts(Ex); each reference given back once, kept, or released
 * once too often. */
#include <fltKernel.h>
#include "pt_shim.h"

enum kind { K_VOLUME, K_INSTANCE, K_FILE, K_STREAM, K_STREAMHANDLE, K_TRANSACTION, K_SECTION, KINDS };

static PFLT_FILTER g_filter;
/* Any distinct addresses will do: the user-mode filter manager only keys
 * its attachments by them. */
static char g_objects[4];
#define g_inst ((PFLT_INSTANCE)(void *)&g_objects[0])
#define g_vol ((PFLT_VOLUME)(void *)&g_objects[1])
#define g_file ((PFILE_OBJECT)(void *)&g_objects[2])
#define g_txn ((PKTRANSACTION)(void *)&g_objects[3])

static const FLT_CONTEXT_TYPE type_of[KINDS] = {
    FLT_VOLUME_CONTEXT, FLT_INSTANCE_CONTEXT, FLT_FILE_CONTEXT, FLT_STREAM_CONTEXT,
    FLT_STREAMHANDLE_CONTEXT, FLT_TRANSACTION_CONTEXT, FLT_SECTION_CONTEXT
};

static NTSTATUS KindSet(int kind, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    switch (kind) {
    case K_VOLUME: return FltSetVolumeContext(g_vol, op, ctx, old); /* site:set_volume */
    case K_INSTANCE: return FltSetInstanceContext(g_inst, op, ctx, old); /* site:set_instance */
    case K_FILE: return FltSetFileContext(g_inst, g_file, op, ctx, old); /* site:set_file */
    case K_STREAM: return FltSetStreamContext(g_inst, g_file, op, ctx, old); /* site:set_stream */
    case K_STREAMHANDLE: return FltSetStreamHandleContext(g_inst, g_file, op, ctx, old); /* site:set_streamhandle */
    case K_TRANSACTION: return FltSetTransactionContext(g_inst, g_txn, op, ctx, old); /* site:set_transaction */
    default: return pt_um_flt_attach_section(g_file, ctx);   /* FltCreateSectionForDataScan's part */
    }
}

static NTSTATUS KindGet(int kind, PFLT_CONTEXT *got)
{
    switch (kind) {
    case K_VOLUME: return FltGetVolumeContext(g_filter, g_vol, got); /* site:get_volume */
    case K_INSTANCE: return FltGetInstanceContext(g_inst, got); /* site:get_instance */
    case K_FILE: return FltGetFileContext(g_inst, g_file, got); /* site:get_file */
    case K_STREAM: return FltGetStreamContext(g_inst, g_file, got); /* site:get_stream */
    case K_STREAMHANDLE: return FltGetStreamHandleContext(g_inst, g_file, got); /* site:get_streamhandle */
    case K_TRANSACTION: return FltGetTransactionContext(g_inst, g_txn, got); /* site:get_transaction */
    default: return FltGetSectionContext(g_inst, g_file, got); /* site:get_section */
    }
}

/* No FltDeleteSectionContext: FltDeleteContext (no reference handed back). */
static NTSTATUS KindDelete(int kind, PFLT_CONTEXT *old)
{
    switch (kind) {
    case K_VOLUME: return FltDeleteVolumeContext(g_filter, g_vol, old); /* site:delete_volume */
    case K_INSTANCE: return FltDeleteInstanceContext(g_inst, old); /* site:delete_instance */
    case K_FILE: return FltDeleteFileContext(g_inst, g_file, old); /* site:delete_file */
    case K_STREAM: return FltDeleteStreamContext(g_inst, g_file, old); /* site:delete_stream */
    case K_STREAMHANDLE: return FltDeleteStreamHandleContext(g_inst, g_file, old); /* site:delete_streamhandle */
    case K_TRANSACTION: return FltDeleteTransactionContext(g_inst, g_txn, old); /* site:delete_transaction */
    default: return STATUS_NOT_FOUND;
    }
}

/* A context of this kind attached, the allocation's reference released:
 * only the filter manager's attachment holds it. */
static PFLT_CONTEXT attach(int kind)
{
    PFLT_CONTEXT ctx = NULL;
    if (!NT_SUCCESS(FltAllocateContext(g_filter, type_of[kind], 48, NonPagedPool, &ctx)))
        return NULL;
    (void)KindSet(kind, FLT_SET_CONTEXT_KEEP_IF_EXISTS, ctx, NULL);
    FltReleaseContext(ctx);
    return ctx;
}

void KindGetPair(int kind)
{
    PFLT_CONTEXT ctx = attach(kind), got = NULL;
    if (NT_SUCCESS(KindGet(kind, &got)))
        FltReleaseContext(got);
    FltDeleteContext(ctx);
}

void KindGetLeak(int kind)
{
    PFLT_CONTEXT ctx = attach(kind), got = NULL;
    (void)KindGet(kind, &got);
    FltDeleteContext(ctx);   /* detached; the reference gotten keeps it */
}

void KindGetTwice(int kind)
{
    PFLT_CONTEXT ctx = attach(kind), got = NULL;
    (void)KindGet(kind, &got);
    FltReleaseContext(got);
    FltReleaseContext(got); /* site:get_twice */
    FltDeleteContext(ctx);
}

/* A second context set where one is attached: KEEP_IF_EXISTS hands back the
 * attached one with a reference for the caller, REPLACE_IF_EXISTS hands it
 * back with the attachment's reference. keep: the old context's reference
 * is not given back; twice: it is given back twice. */
static void set_over(int kind, FLT_SET_CONTEXT_OPERATION op, int keep, int twice)
{
    PFLT_CONTEXT first = attach(kind), second = NULL, old = NULL;
    if (!NT_SUCCESS(FltAllocateContext(g_filter, type_of[kind], 48, NonPagedPool, &second)))
        return;
    (void)KindSet(kind, op, second, &old);
    if (old != NULL && !keep)
        FltReleaseContext(old);
    if (old != NULL && twice)
        FltReleaseContext(old); /* site:set_twice */
    FltReleaseContext(second);
    FltDeleteContext(op == FLT_SET_CONTEXT_REPLACE_IF_EXISTS ? second : first);
}

void KindSetPair(int kind) { set_over(kind, FLT_SET_CONTEXT_KEEP_IF_EXISTS, 0, 0); }
void KindSetReplacePair(int kind) { set_over(kind, FLT_SET_CONTEXT_REPLACE_IF_EXISTS, 0, 0); }
void KindSetLeak(int kind) { set_over(kind, FLT_SET_CONTEXT_KEEP_IF_EXISTS, 1, 0); }
void KindSetReplaceLeak(int kind) { set_over(kind, FLT_SET_CONTEXT_REPLACE_IF_EXISTS, 1, 0); }
void KindSetTwice(int kind) { set_over(kind, FLT_SET_CONTEXT_KEEP_IF_EXISTS, 0, 1); }

/* Detached by its FltDelete...Context: without OldContext the filter
 * manager drops its reference; with it, the reference is the caller's. */
void KindDeleteNoOld(int kind)
{
    (void)attach(kind);
    (void)KindDelete(kind, NULL);
}

static void delete_old(int kind, int keep, int twice)
{
    PFLT_CONTEXT old = NULL;
    (void)attach(kind);
    (void)KindDelete(kind, &old);
    if (old != NULL && !keep)
        FltReleaseContext(old);
    if (old != NULL && twice)
        FltReleaseContext(old); /* site:delete_twice */
}

void KindDeletePair(int kind) { delete_old(kind, 0, 0); }
void KindDeleteLeak(int kind) { delete_old(kind, 1, 0); }
void KindDeleteTwice(int kind) { delete_old(kind, 0, 1); }

/* One context of every type attached to the objects of one operation. */
static PFLT_CONTEXT g_all[KINDS];

static void attach_all(void)
{
    int k;
    for (k = 0; k < KINDS; k++)
        g_all[k] = attach(k);
}

static void delete_all(void)
{
    int k;
    for (k = 0; k < KINDS; k++)
        FltDeleteContext(g_all[k]);
}

static const FLT_RELATED_OBJECTS g_objs = { sizeof(FLT_RELATED_OBJECTS), 0, NULL, g_vol, g_inst, g_file, g_txn };

/* Returns how many contexts FltGetContexts gave (7 asked, 6 in the structure). */
int ContextsPair(void)
{
    FLT_RELATED_CONTEXTS rc;
    int n;
    attach_all();
    (void)FltGetContexts(&g_objs, FLT_ALL_CONTEXTS, &rc);
    n = (rc.VolumeContext != NULL) + (rc.InstanceContext != NULL) + (rc.FileContext != NULL) +
        (rc.StreamContext != NULL) + (rc.StreamHandleContext != NULL) + (rc.TransactionContext != NULL);
    FltReleaseContexts(&rc);
    if (rc.VolumeContext != NULL || rc.TransactionContext != NULL)
        n = -1;   /* FltReleaseContexts sets every member to NULL_CONTEXT */
    delete_all();
    return n;
}

void ContextsLeak(void)
{
    FLT_RELATED_CONTEXTS rc;
    attach_all();
    (void)FltGetContexts(&g_objs, FLT_VOLUME_CONTEXT | FLT_INSTANCE_CONTEXT, &rc); /* site:contexts_leak */
    FltReleaseContext(rc.VolumeContext);   /* the instance context's reference is kept */
    delete_all();
}

void ContextsTwice(void)
{
    FLT_RELATED_CONTEXTS rc;
    attach_all();
    (void)FltGetContexts(&g_objs, FLT_FILE_CONTEXT | FLT_STREAM_CONTEXT, &rc);
    FltReleaseContext(rc.StreamContext);
    FltReleaseContexts(&rc); /* site:contexts_twice */
    delete_all();
}

int ContextsExPair(void)
{
    FLT_RELATED_CONTEXTS_EX rc;
    int n;
    attach_all();
    (void)FltGetContextsEx(&g_objs, FLT_ALL_CONTEXTS, sizeof rc, &rc);
    n = (rc.VolumeContext != NULL) + (rc.InstanceContext != NULL) + (rc.FileContext != NULL) +
        (rc.StreamContext != NULL) + (rc.StreamHandleContext != NULL) + (rc.TransactionContext != NULL) +
        (rc.SectionContext != NULL);
    FltReleaseContextsEx(sizeof rc, &rc);
    delete_all();
    return n;
}

/* The structure of before Windows 8 given to the _Ex routines: the member
 * past its size (the section context) is neither read nor written. */
int ContextsExOldSize(void)
{
    FLT_RELATED_CONTEXTS_EX rc;
    int outside = 0, n;
    attach_all();
    rc.SectionContext = &outside;
    (void)FltGetContextsEx(&g_objs, FLT_ALL_CONTEXTS, sizeof(FLT_RELATED_CONTEXTS), &rc);
    n = (rc.VolumeContext != NULL) + (rc.TransactionContext != NULL);
    FltReleaseContextsEx(sizeof(FLT_RELATED_CONTEXTS), &rc);
    delete_all();
    return rc.SectionContext == &outside ? n : -1;
}

void ContextsExLeak(void)
{
    FLT_RELATED_CONTEXTS_EX rc;
    const FLT_CONTEXT_TYPE want = FLT_SECTION_CONTEXT | FLT_TRANSACTION_CONTEXT;
    attach_all();
    (void)FltGetContextsEx(&g_objs, want, sizeof rc, &rc); /* site:contexts_ex_leak */
    FltReleaseContextsEx(sizeof(FLT_RELATED_CONTEXTS), &rc);   /* too small: the section context is kept */
    delete_all();
}

void ContextsExTwice(void)
{
    FLT_RELATED_CONTEXTS_EX rc;
    attach_all();
    (void)FltGetContextsEx(&g_objs, FLT_SECTION_CONTEXT, sizeof rc, &rc);
    FltReleaseContext(rc.SectionContext);
    FltReleaseContextsEx(sizeof rc, &rc); /* site:contexts_ex_twice */
    delete_all();
}
