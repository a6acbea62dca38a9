/*
 * Clean: a tagged block freed with tag 0. The pool checks the tag only when
 * it is not 0, and the WDK's ntddk.h turns every ExFreePool(a) into
 * ExFreePoolWithTag(a, 0) under POOL_TAGGING, so drivers parsed with a real
 * WDK free this way everywhere. Also through a field, checked at the end of
 * the run. No PT004.
 */
#include <ntddk.h>

#define ZERO_TAG 'oreZ'

typedef struct _ZERO_CTX {
    PVOID Buffer;
} ZERO_CTX, *PZERO_CTX;

NTSTATUS
UseAndFree(_In_ SIZE_T Size)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, ZERO_TAG);
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(p, Size);
    ExFreePoolWithTag(p, 0);
    return STATUS_SUCCESS;
}

NTSTATUS
Keep(_Inout_ PZERO_CTX Ctx)
{
    Ctx->Buffer = ExAllocatePoolWithTag(PagedPool, 64, ZERO_TAG);
    return Ctx->Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

VOID
Drop(_Inout_ PZERO_CTX Ctx)
{
    if (Ctx->Buffer) {
        ExFreePoolWithTag(Ctx->Buffer, 0);
        Ctx->Buffer = NULL;
    }
}
