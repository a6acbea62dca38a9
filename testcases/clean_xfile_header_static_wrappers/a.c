#include "mem.h"

typedef struct _CTX { PVOID Buffer; SIZE_T Length; } CTX, *PCTX;

NTSTATUS CtxCreate(_Out_ PCTX *Out, SIZE_T Length)
{
    PCTX ctx = MemAllocate(sizeof *ctx);
    if (!ctx)
        return STATUS_INSUFFICIENT_RESOURCES;
    ctx->Buffer = MemAllocate(Length);
    if (!ctx->Buffer) {
        MemFree(ctx);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Length > 0x10000) {
        MemFree(ctx->Buffer);
        MemFree(ctx);
        return STATUS_INVALID_PARAMETER;
    }
    *Out = ctx;
    return STATUS_SUCCESS;
}
