/*
 * Clean: one cleanup label reached from many paths, each with its own status.
 * The status a path learned must survive the join (no widening there).
 */
#include <ntddk.h>

#define MANY_TAG 'ynaM'

NTSTATUS QueryStep(_In_ ULONG Step);

NTSTATUS
ManyExits(_In_ ULONG Count, _Outptr_ PVOID *Out)
{
    NTSTATUS status;
    PVOID buffer = NULL;
    ULONG i;

    *Out = NULL;
    for (i = 0; i < 4; i++) {
        if (buffer != NULL) {
            ExFreePoolWithTag(buffer, MANY_TAG);
            buffer = NULL;
        }
        buffer = ExAllocatePoolZero(PagedPool, Count * (i + 1), MANY_TAG);
        if (buffer == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            goto Cleanup;
        }
        status = QueryStep(i);
        if (NT_SUCCESS(status)) {
            break;
        }
        if (status != STATUS_BUFFER_TOO_SMALL) {
            goto Cleanup;
        }
    }
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    status = QueryStep(10);
    if (status == STATUS_PENDING) {
        status = STATUS_UNSUCCESSFUL;
        goto Cleanup;
    }
    if (status == STATUS_TIMEOUT) {
        status = STATUS_IO_TIMEOUT;
        goto Cleanup;
    }
    *Out = buffer;
    buffer = NULL;
    status = STATUS_SUCCESS;

Cleanup:
    if (!NT_SUCCESS(status)) {
        if (buffer != NULL) {
            ExFreePoolWithTag(buffer, MANY_TAG);
        }
    }
    return status;
}
