/*
 * Clean: NTSTATUS-driven control flow that must be followed precisely.
 * `status` is set to a failure constant on the allocation-failure branch,
 * and the shared `if (!NT_SUCCESS(status)) goto Exit;` after it decides
 * whether the buffer exists. A checker that forgets the constant sees a
 * path where the buffer was allocated and the goto skipped the free.
 */
#include <ntddk.h>

#define ST_TAG 'tatS'

NTSTATUS
ValidateAndCopy(_In_reads_bytes_(Length) PVOID Input, _In_ ULONG Length,
                _Outptr_ PVOID *Copy)
{
    NTSTATUS status = STATUS_SUCCESS;
    PVOID buffer = NULL;

    if (Length == 0 || Length > 0x100000) {
        status = STATUS_INVALID_PARAMETER;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    buffer = ExAllocatePoolWithTag(PagedPool, Length, ST_TAG);
    if (buffer == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    }
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    RtlCopyMemory(buffer, Input, Length);
    *Copy = buffer;
    buffer = NULL;

Exit:
    if (buffer != NULL) {
        ExFreePoolWithTag(buffer, ST_TAG);
    }
    return status;
}

NTSTATUS
StatusChainWithFree(_In_ HANDLE Key, _In_ PUNICODE_STRING ValueName)
{
    NTSTATUS status;
    ULONG needed = 0;
    PKEY_VALUE_FULL_INFORMATION info = NULL;

    status = ZwQueryValueKey(Key, ValueName, KeyValueFullInformation, NULL, 0, &needed);
    if (status == STATUS_BUFFER_TOO_SMALL || status == STATUS_BUFFER_OVERFLOW) {
        info = ExAllocatePoolWithTag(PagedPool, needed, ST_TAG);
        status = info ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
    }
    if (NT_SUCCESS(status) && info != NULL) {
        status = ZwQueryValueKey(Key, ValueName, KeyValueFullInformation, info, needed, &needed);
    }
    if (info != NULL) {
        ExFreePoolWithTag(info, ST_TAG);
    }
    return status;
}
