/*
 * Clean: free, set the pointer to NULL, and a later guarded free of the same
 * variable is skipped: not a double free. Also: re-allocation into the same
 * variable after a free, which is a new block.
 */
#include <ntddk.h>

#define NF_TAG 'FlNN'

NTSTATUS
ProbeTwice(_In_ SIZE_T Size, _In_ BOOLEAN Retry)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, NF_TAG);
    NTSTATUS status = STATUS_SUCCESS;

    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(p, Size);
    if (!Retry) {
        ExFreePoolWithTag(p, NF_TAG);
        p = NULL;
    }
    if (p != NULL) {
        ExFreePoolWithTag(p, NF_TAG);
        p = NULL;
    }
    return status;
}

NTSTATUS
FreeAndReallocate(_In_ SIZE_T Size)
{
    PUCHAR p = ExAllocatePoolWithTag(PagedPool, Size, NF_TAG);

    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    p[0] = 1;
    ExFreePoolWithTag(p, NF_TAG);
    p = ExAllocatePoolWithTag(PagedPool, Size * 2, NF_TAG);
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    p[0] = 2;
    ExFreePoolWithTag(p, NF_TAG);
    return STATUS_SUCCESS;
}

typedef struct _HOLDER {
    PVOID Data;
} HOLDER, *PHOLDER;

VOID
ResetHolderTwice(_Inout_ PHOLDER Holder)
{
    if (Holder->Data != NULL) {
        ExFreePoolWithTag(Holder->Data, NF_TAG);
        Holder->Data = NULL;
    }
    if (Holder->Data != NULL) {
        ExFreePoolWithTag(Holder->Data, NF_TAG);
        Holder->Data = NULL;
    }
}
