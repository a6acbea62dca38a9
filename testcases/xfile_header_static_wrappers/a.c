#include "mem.h"

typedef struct _CTX { PVOID Buffer; SIZE_T Length; } CTX, *PCTX;

NTSTATUS CtxCreate(_Out_ PCTX *Out, SIZE_T Length)
{
    PCTX ctx = MemAllocate(sizeof *ctx);   // expect: PT005
    if (!ctx)
        return STATUS_INSUFFICIENT_RESOURCES;
    ctx->Buffer = MemAllocate(Length);   /* a field of ctx: goes with it */
    if (!ctx->Buffer) {
        MemFree(ctx);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Length > 0x10000)
        return STATUS_INVALID_PARAMETER;   /* ctx and its buffer are lost */
    *Out = ctx;
    return STATUS_SUCCESS;
}
