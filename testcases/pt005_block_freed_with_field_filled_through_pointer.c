/*
 * PT005: the twin of clean_block_field_filled_through_pointer.c. The buffer
 * is stored into ctx->Buffer through a pointer to the field, and ctx is
 * freed on the path where the buffer exists, without freeing it.
 */
#include <ntddk.h>

#define CT_TAG 'xtCf'

typedef struct _FILL_CTX {
    ULONG Length;
    PVOID Buffer;
} FILL_CTX, *PFILL_CTX;

NTSTATUS
FillContextBad(_In_ ULONG Length)
{
    PFILL_CTX ctx = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(FILL_CTX), CT_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    PVOID *slot = &ctx->Buffer;
    *slot = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, CT_TAG);   // expect: PT005
    if (ctx->Buffer != NULL && Length > 4096) {
        ExFreePoolWithTag(ctx, CT_TAG);          /* the buffer is still in ctx */
        return STATUS_INVALID_PARAMETER;
    }
    if (ctx->Buffer != NULL) {
        ExFreePoolWithTag(ctx->Buffer, CT_TAG);
    }
    ExFreePoolWithTag(ctx, CT_TAG);
    return STATUS_SUCCESS;
}
