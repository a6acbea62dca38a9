/* User-mode filter manager over the user-mode pool: aligned pool, and
 * contexts with a reference count (freed at zero) attached to one slot per
 * (object, context type): volume, instance, file object (file, stream,
 * stream handle, section) or transaction. The attachment holds a reference
 * of its own, as in the kernel. */
#include "fltKernel.h"
#include "pt_um_harness.h"

PVOID FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag)
{
    (void)inst; (void)type; (void)tag;
    return pt_um_mem_alloc(n, 0);
}

VOID FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag)
{
    (void)inst; (void)tag;
    pt_um_mem_free(p, "FltFreePoolAlignedWithTag");
}

/* The context's header, before what the driver sees. */
struct um_ctx {
    LONG refs;
    LONG pad;
};

static struct um_ctx *hdr(PFLT_CONTEXT c) { return (struct um_ctx *)c - 1; }

NTSTATUS FltAllocateContext(PFLT_FILTER filter, FLT_CONTEXT_TYPE type, SIZE_T n, POOL_TYPE pool,
                            PFLT_CONTEXT *ctx)
{
    struct um_ctx *h = pt_um_mem_alloc(sizeof *h + n, 1);
    (void)filter; (void)type; (void)pool;
    *ctx = NULL;
    if (h == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    h->refs = 1;
    *ctx = h + 1;
    return STATUS_SUCCESS;
}

VOID FltReferenceContext(PFLT_CONTEXT ctx) { hdr(ctx)->refs++; }

VOID FltReleaseContext(PFLT_CONTEXT ctx)
{
    if (--hdr(ctx)->refs == 0)
        pt_um_mem_free(hdr(ctx), "FltReleaseContext");
}

/* Attachments: the object (instance or file object) and the context. */
#define SLOTS 64
static struct { const void *object; FLT_CONTEXT_TYPE type; PFLT_CONTEXT ctx; } slots[SLOTS];

static int slot_of(const void *object, FLT_CONTEXT_TYPE type)
{
    int i;
    for (i = 0; i < SLOTS; i++)
        if (slots[i].ctx != NULL && slots[i].object == object && slots[i].type == type)
            return i;
    return -1;
}

static NTSTATUS get(const void *object, FLT_CONTEXT_TYPE type, PFLT_CONTEXT *ctx)
{
    int i = slot_of(object, type);
    *ctx = NULL;
    if (i < 0)
        return STATUS_NOT_FOUND;
    FltReferenceContext(slots[i].ctx);
    *ctx = slots[i].ctx;
    return STATUS_SUCCESS;
}

static NTSTATUS set(const void *object, FLT_CONTEXT_TYPE type, FLT_SET_CONTEXT_OPERATION op,
                    PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    int i = slot_of(object, type);
    if (old != NULL)
        *old = NULL;
    if (i >= 0 && op == FLT_SET_CONTEXT_KEEP_IF_EXISTS) {
        if (old != NULL) {
            FltReferenceContext(slots[i].ctx);
            *old = slots[i].ctx;
        }
        return STATUS_FLT_CONTEXT_ALREADY_DEFINED;
    }
    if (i >= 0) {   /* replaced: the attachment's reference goes to the caller */
        if (old != NULL)
            *old = slots[i].ctx;
        else
            FltReleaseContext(slots[i].ctx);
    } else {
        for (i = 0; i < SLOTS && slots[i].ctx != NULL; i++)
            ;
        if (i == SLOTS)
            return STATUS_INSUFFICIENT_RESOURCES;
    }
    FltReferenceContext(ctx);
    slots[i].object = object;
    slots[i].type = type;
    slots[i].ctx = ctx;
    return STATUS_SUCCESS;
}

VOID FltDeleteContext(PFLT_CONTEXT ctx)
{
    int i;
    for (i = 0; i < SLOTS; i++)
        if (slots[i].ctx == ctx) {
            slots[i].ctx = NULL;
            FltReleaseContext(ctx);
        }
}

int pt_um_flt_attached(void)
{
    int i, n = 0;
    for (i = 0; i < SLOTS; i++)
        n += slots[i].ctx != NULL;
    return n;
}

NTSTATUS pt_um_flt_attach_section(PFILE_OBJECT fo, PFLT_CONTEXT ctx)
{
    return set(fo, FLT_SECTION_CONTEXT, FLT_SET_CONTEXT_KEEP_IF_EXISTS, ctx, NULL);
}

NTSTATUS FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx)
{
    return get(inst, FLT_INSTANCE_CONTEXT, ctx);
}

NTSTATUS FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(fo, FLT_STREAM_CONTEXT, ctx);
}

NTSTATUS FltGetVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *ctx)
{
    (void)filter;
    return get(vol, FLT_VOLUME_CONTEXT, ctx);
}

NTSTATUS FltGetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(fo, FLT_FILE_CONTEXT, ctx);
}

NTSTATUS FltGetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(fo, FLT_STREAMHANDLE_CONTEXT, ctx);
}

NTSTATUS FltGetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(txn, FLT_TRANSACTION_CONTEXT, ctx);
}

NTSTATUS FltGetSectionContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(fo, FLT_SECTION_CONTEXT, ctx);
}

/* The members of FLT_RELATED_CONTEXTS(_EX), in order; the section context's
 * is NULL for the older structure. */
#define MEMBERS 7
static const FLT_CONTEXT_TYPE member_type[MEMBERS] = {
    FLT_VOLUME_CONTEXT, FLT_INSTANCE_CONTEXT, FLT_FILE_CONTEXT, FLT_STREAM_CONTEXT,
    FLT_STREAMHANDLE_CONTEXT, FLT_TRANSACTION_CONTEXT, FLT_SECTION_CONTEXT
};

/* Each member asked for and attached gets a reference, the others NULL_CONTEXT. */
static void get_members(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, PFLT_CONTEXT *const m[MEMBERS])
{
    const void *object[MEMBERS] = { objs->Volume, objs->Instance, objs->FileObject, objs->FileObject,
                                    objs->FileObject, objs->Transaction, objs->FileObject };
    int i;
    for (i = 0; i < MEMBERS; i++) {
        if (m[i] == NULL)
            continue;
        *m[i] = NULL_CONTEXT;
        if ((want & member_type[i]) != 0 && object[i] != NULL)
            (void)get(object[i], member_type[i], m[i]);
    }
}

static void release_members(PFLT_CONTEXT *const m[MEMBERS])
{
    int i;
    for (i = 0; i < MEMBERS; i++)
        if (m[i] != NULL && *m[i] != NULL_CONTEXT) {
            FltReleaseContext(*m[i]);
            *m[i] = NULL_CONTEXT;
        }
}

#define MEMBERS_OF(c, section) { &(c)->VolumeContext, &(c)->InstanceContext, &(c)->FileContext, \
    &(c)->StreamContext, &(c)->StreamHandleContext, &(c)->TransactionContext, (section) }

NTSTATUS FltGetContexts(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, PFLT_RELATED_CONTEXTS c)
{
    PFLT_CONTEXT *const m[MEMBERS] = MEMBERS_OF(c, NULL);
    get_members(objs, want, m);
    return STATUS_SUCCESS;
}

VOID FltReleaseContexts(PFLT_RELATED_CONTEXTS c)
{
    PFLT_CONTEXT *const m[MEMBERS] = MEMBERS_OF(c, NULL);
    release_members(m);
}

/* The size tells which structure the caller has: the Windows 8 one with the
 * section context, or the older one without. */
NTSTATUS FltGetContextsEx(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, SIZE_T size,
                          PFLT_RELATED_CONTEXTS_EX c)
{
    PFLT_CONTEXT *const m[MEMBERS] = MEMBERS_OF(c, size >= sizeof *c ? &c->SectionContext : NULL);
    if (size < sizeof(FLT_RELATED_CONTEXTS))
        return STATUS_INVALID_PARAMETER;
    get_members(objs, want, m);
    return STATUS_SUCCESS;
}

VOID FltReleaseContextsEx(SIZE_T size, PFLT_RELATED_CONTEXTS_EX c)
{
    PFLT_CONTEXT *const m[MEMBERS] = MEMBERS_OF(c, size >= sizeof *c ? &c->SectionContext : NULL);
    if (size >= sizeof(FLT_RELATED_CONTEXTS))
        release_members(m);
}

NTSTATUS FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                               PFLT_CONTEXT *old)
{
    return set(inst, FLT_INSTANCE_CONTEXT, op, ctx, old);
}

NTSTATUS FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                             PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    (void)inst;
    return set(fo, FLT_STREAM_CONTEXT, op, ctx, old);
}

NTSTATUS FltSetVolumeContext(PFLT_VOLUME vol, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                             PFLT_CONTEXT *old)
{
    return set(vol, FLT_VOLUME_CONTEXT, op, ctx, old);
}

NTSTATUS FltSetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                           PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    (void)inst;
    return set(fo, FLT_FILE_CONTEXT, op, ctx, old);
}

NTSTATUS FltSetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                   PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    (void)inst;
    return set(fo, FLT_STREAMHANDLE_CONTEXT, op, ctx, old);
}

NTSTATUS FltSetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, FLT_SET_CONTEXT_OPERATION op,
                                  PFLT_CONTEXT ctx, PFLT_CONTEXT *old)
{
    (void)inst;
    return set(txn, FLT_TRANSACTION_CONTEXT, op, ctx, old);
}

/* Detached; with old, the attachment's reference goes to the caller. */
static NTSTATUS del(const void *object, FLT_CONTEXT_TYPE type, PFLT_CONTEXT *old)
{
    int i = slot_of(object, type);
    PFLT_CONTEXT ctx;
    if (old != NULL)
        *old = NULL;
    if (i < 0)
        return STATUS_NOT_FOUND;
    ctx = slots[i].ctx;
    slots[i].ctx = NULL;
    if (old != NULL)
        *old = ctx;
    else
        FltReleaseContext(ctx);
    return STATUS_SUCCESS;
}

NTSTATUS FltDeleteVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *old)
{
    (void)filter;
    return del(vol, FLT_VOLUME_CONTEXT, old);
}

NTSTATUS FltDeleteInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *old)
{
    return del(inst, FLT_INSTANCE_CONTEXT, old);
}

NTSTATUS FltDeleteFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old)
{
    (void)inst;
    return del(fo, FLT_FILE_CONTEXT, old);
}

NTSTATUS FltDeleteStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old)
{
    (void)inst;
    return del(fo, FLT_STREAM_CONTEXT, old);
}

NTSTATUS FltDeleteStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old)
{
    (void)inst;
    return del(fo, FLT_STREAMHANDLE_CONTEXT, old);
}

NTSTATUS FltDeleteTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *old)
{
    (void)inst;
    return del(txn, FLT_TRANSACTION_CONTEXT, old);
}
