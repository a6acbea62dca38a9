/*
 * Clean: a field of a block filled through a pointer to it
 * (`slot = &ctx->Buffer; *slot = ExAllocatePool2(...)`). The store is
 * ctx->Buffer, so the test `ctx->Buffer == NULL` tells whether the buffer
 * exists: ctx is not freed "with the buffer in it" on a path that cannot run.
 */
#include <ntddk.h>

#define CT_TAG 'xtCf'

typedef struct _FILL_CTX {
    ULONG Length;
    PVOID Buffer;
    ULONG Count;
} FILL_CTX, *PFILL_CTX;

NTSTATUS
FillContext(_In_ ULONG Length)
{
    PFILL_CTX ctx = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(FILL_CTX), CT_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    PVOID *slot = &ctx->Buffer;
    ULONG *count = &ctx->Count;
    *slot = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, CT_TAG);
    (*count)++;
    if (ctx->Buffer == NULL) {
        ExFreePoolWithTag(ctx, CT_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Length = Length;
    RtlZeroMemory(ctx->Buffer, Length);
    ExFreePoolWithTag(ctx->Buffer, CT_TAG);
    ExFreePoolWithTag(ctx, CT_TAG);
    return STATUS_SUCCESS;
}
