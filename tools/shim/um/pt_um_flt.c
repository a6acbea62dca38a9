/* User-mode filter manager over the user-mode pool: aligned pool, and
 * contexts with a reference count (freed at zero) attached to one slot per
 * (instance or stream object, context type), the attachment holding a
 * reference of its own as in the kernel. */
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
#define SLOTS 16
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

NTSTATUS FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx)
{
    return get(inst, FLT_INSTANCE_CONTEXT, ctx);
}

NTSTATUS FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx)
{
    (void)inst;
    return get(fo, FLT_STREAM_CONTEXT, ctx);
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
