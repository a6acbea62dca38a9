/* A release helper of the project that frees one field of the struct it is
 * given (`ReleaseContext(&ctx)` frees ctx.Buffer and sets it to NULL) is a
 * free of that field for its callers. It used to count as a helper that
 * keeps nothing, and the caller's block was reported as leaked. */
#include <ntddk.h>

typedef struct _CONTEXT_BUF {
    PVOID Buffer;
    ULONG Length;
} CONTEXT_BUF, *PCONTEXT_BUF;

VOID ReleaseContext(PCONTEXT_BUF Ctx)
{
    if (Ctx->Buffer != NULL) {
        ExFreePoolWithTag(Ctx->Buffer, 'fuBC');
        Ctx->Buffer = NULL;
    }
    Ctx->Length = 0;
}

NTSTATUS UseLocalContext(ULONG Length)
{
    CONTEXT_BUF ctx;
    ctx.Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'fuBC');
    if (ctx.Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    ctx.Length = Length;
    ReleaseContext(&ctx);
    return STATUS_SUCCESS;
}

NTSTATUS ReleaseTwice(ULONG Length)
{
    CONTEXT_BUF ctx;
    ctx.Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'fuBC');
    if (ctx.Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    ReleaseContext(&ctx);
    if (ctx.Buffer != NULL) ExFreePoolWithTag(ctx.Buffer, 'fuBC');   /* NULL now: no second free */
    return STATUS_SUCCESS;
}

NTSTATUS UseCallersContext(PCONTEXT_BUF Ctx, ULONG Length)
{
    Ctx->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'fuBC');
    if (Ctx->Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (Length > 4096) {
        ReleaseContext(Ctx);
        return STATUS_INVALID_PARAMETER;
    }
    return STATUS_SUCCESS;
}
