/* A release helper that frees a field of the struct it is given and leaves
 * the pointer in place: freeing the field again afterwards is a double free
 * (BAD_POOL_CALLER 0x7). The clean twin is clean_field_release_helper.c. */
#include <ntddk.h>

typedef struct _CONTEXT_BUF {
    PVOID Buffer;
    ULONG Length;
} CONTEXT_BUF, *PCONTEXT_BUF;

VOID DropContextBuffer(PCONTEXT_BUF Ctx)
{
    if (Ctx->Buffer != NULL) ExFreePoolWithTag(Ctx->Buffer, 'fuBC');
    Ctx->Length = 0;
}

NTSTATUS UseLocalContext(ULONG Length)
{
    CONTEXT_BUF ctx;
    ctx.Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'fuBC');
    if (ctx.Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    ctx.Length = Length;
    DropContextBuffer(&ctx);
    ExFreePoolWithTag(ctx.Buffer, 'fuBC');   // expect: PT008
    return STATUS_SUCCESS;
}
