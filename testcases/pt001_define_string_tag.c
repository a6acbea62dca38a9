/*
 * PT001 string-tag through a macro and through a cast: `#define DRV_TAG "Drv1"`
 * compiles (with a warning) and `(ULONG)"Tag1"` silences the warning, both
 * yield a pointer-derived tag. Reported at the line that uses the macro.
 */
#include <wdm.h>

#define DRV_TAG_STR   "Drv1"          /* wrong: a string */
#define DRV_TAG       '1vrD'          /* right */
#define ALLOC_NP(n)   ExAllocatePoolWithTag(NonPagedPoolNx, (n), DRV_TAG_STR)

typedef struct _REQ_CTX {
    LIST_ENTRY Link;
    PIRP Irp;
    ULONG Sequence;
} REQ_CTX, *PREQ_CTX;

PREQ_CTX
ReqCtxCreateMacroTagBad(_In_ PIRP Irp)
{
    PREQ_CTX ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(REQ_CTX), DRV_TAG_STR); // expect: PT001

    if (ctx != NULL) {
        RtlZeroMemory(ctx, sizeof(*ctx));
        ctx->Irp = Irp;
    }
    return ctx;
}

PREQ_CTX
ReqCtxCreateCastBad(_In_ PIRP Irp)
{
    PREQ_CTX ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(REQ_CTX), (ULONG)(ULONG_PTR)"Tag1"); // expect: PT001

    if (ctx != NULL) {
        RtlZeroMemory(ctx, sizeof(*ctx));
        ctx->Irp = Irp;
    }
    return ctx;
}

PREQ_CTX
ReqCtxCreateWrapperMacroBad(_In_ PIRP Irp)
{
    PREQ_CTX ctx;

    ctx = ALLOC_NP(sizeof(REQ_CTX));        // expect: PT001
    if (ctx != NULL) {
        RtlZeroMemory(ctx, sizeof(*ctx));
        ctx->Irp = Irp;
    }
    return ctx;
}

PREQ_CTX
ReqCtxCreateGood(_In_ PIRP Irp)
{
    PREQ_CTX ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(REQ_CTX), DRV_TAG);

    if (ctx != NULL) {
        RtlZeroMemory(ctx, sizeof(*ctx));
        ctx->Irp = Irp;
    }
    return ctx;
}

VOID
ReqCtxFree(_In_ PREQ_CTX Ctx)
{
    ExFreePool(Ctx);
}
