/*
 * PT005 leak of an inner allocation: the name buffer is stored in a field of
 * a context the function itself allocated, so it is owned through that
 * context. Freeing only the outer block on the error path loses the inner
 * one (reported at the inner allocation).
 */
#include <ntddk.h>

#define CTX_TAG  'xtCO'
#define NAME_TAG 'mNCO'

typedef struct _OPEN_CONTEXT {
    LIST_ENTRY Link;
    UNICODE_STRING Name;
    ULONG Flags;
} OPEN_CONTEXT, *POPEN_CONTEXT;

typedef struct _OPEN_TABLE {
    LIST_ENTRY Head;
    FAST_MUTEX Lock;
    ULONG Count;
    ULONG Limit;
} OPEN_TABLE, *POPEN_TABLE;

NTSTATUS
OpenContextCreateBad(_In_ POPEN_TABLE Table, _In_ PCUNICODE_STRING Name)
{
    POPEN_CONTEXT ctx;

    ctx = ExAllocatePoolWithTag(PagedPool, sizeof(*ctx), CTX_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(ctx, sizeof(*ctx));
    ctx->Name.Buffer = ExAllocatePoolWithTag(PagedPool, Name->Length, NAME_TAG); // expect: PT005
    if (ctx->Name.Buffer == NULL) {
        ExFreePoolWithTag(ctx, CTX_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Name.MaximumLength = Name->Length;
    RtlCopyUnicodeString(&ctx->Name, Name);

    ExAcquireFastMutex(&Table->Lock);
    if (Table->Count >= Table->Limit) {
        ExReleaseFastMutex(&Table->Lock);
        ExFreePoolWithTag(ctx, CTX_TAG);        /* ctx->Name.Buffer is lost */
        return STATUS_QUOTA_EXCEEDED;
    }
    Table->Count++;
    InsertTailList(&Table->Head, &ctx->Link);
    ExReleaseFastMutex(&Table->Lock);
    return STATUS_SUCCESS;
}

NTSTATUS
OpenContextCreateGood(_In_ POPEN_TABLE Table, _In_ PCUNICODE_STRING Name)
{
    POPEN_CONTEXT ctx;

    ctx = ExAllocatePoolWithTag(PagedPool, sizeof(*ctx), CTX_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(ctx, sizeof(*ctx));
    ctx->Name.Buffer = ExAllocatePoolWithTag(PagedPool, Name->Length, NAME_TAG);
    if (ctx->Name.Buffer == NULL) {
        ExFreePoolWithTag(ctx, CTX_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ctx->Name.MaximumLength = Name->Length;
    RtlCopyUnicodeString(&ctx->Name, Name);

    ExAcquireFastMutex(&Table->Lock);
    if (Table->Count >= Table->Limit) {
        ExReleaseFastMutex(&Table->Lock);
        ExFreePoolWithTag(ctx->Name.Buffer, NAME_TAG);
        ExFreePoolWithTag(ctx, CTX_TAG);
        return STATUS_QUOTA_EXCEEDED;
    }
    Table->Count++;
    InsertTailList(&Table->Head, &ctx->Link);
    ExReleaseFastMutex(&Table->Lock);
    return STATUS_SUCCESS;
}
