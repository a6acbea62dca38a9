/*
 * PT008 on a later round of a loop (found in a real sample): the name buffer is
 * freed at the bottom of every round but not reset, so a round that fails before
 * allocating frees the previous round's pointer again.
 */
#include <ntddk.h>

#define COPY_TAG 'ypCK'

NTSTATUS
CopyValuesBad(_In_ HANDLE Source, _In_ ULONG Count)
{
    NTSTATUS status = STATUS_SUCCESS;
    PWSTR name = NULL;
    ULONG i;

    for (i = 0; i < Count && NT_SUCCESS(status); i++) {
        status = ZwFlushKey(Source);
        if (!NT_SUCCESS(status)) {
            goto next;
        }
        name = ExAllocatePoolZero(PagedPool, 64, COPY_TAG);
        if (name == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            goto next;
        }
        name[0] = L'A';
    next:
        if (name != NULL) {
            ExFreePoolWithTag(name, COPY_TAG);      // expect: PT008
        }
    }
    return status;
}

NTSTATUS
CopyValuesGood(_In_ HANDLE Source, _In_ ULONG Count)
{
    NTSTATUS status = STATUS_SUCCESS;
    PWSTR name = NULL;
    ULONG i;

    for (i = 0; i < Count && NT_SUCCESS(status); i++) {
        status = ZwFlushKey(Source);
        if (!NT_SUCCESS(status)) {
            goto next;
        }
        name = ExAllocatePoolZero(PagedPool, 64, COPY_TAG);
        if (name == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            goto next;
        }
        name[0] = L'A';
    next:
        if (name != NULL) {
            ExFreePoolWithTag(name, COPY_TAG);
            name = NULL;
        }
    }
    return status;
}
