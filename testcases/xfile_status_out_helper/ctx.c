/* A status-returning constructor: *Out holds a fresh context exactly when it
 * returns success; on failure it frees what it made and leaves *Out alone. */
#include "ctx.h"

NTSTATUS
SessionCreate(_In_ ULONG Id, _Outptr_ PSESSION_CTX *Out)
{
    PSESSION_CTX ctx = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*ctx), CTX_TAG);

    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        ExFreePoolWithTag(ctx, CTX_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    ctx->Id = Id;
    *Out = ctx;
    return STATUS_SUCCESS;
}

VOID
SessionClose(_In_ PSESSION_CTX Ctx)
{
    ExFreePoolWithTag(Ctx, CTX_TAG);
}

NTSTATUS
SessionStart(_In_ PSESSION_CTX Ctx)
{
    return Ctx->Id > 100 ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
}
