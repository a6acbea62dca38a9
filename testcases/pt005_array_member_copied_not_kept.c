/* Copying from info->Data and returning without freeing info loses it. */
#include <ntddk.h>

NTSTATUS QueryBinary(_In_ HANDLE Key, _In_ PUNICODE_STRING Name, _Out_writes_(4) PUCHAR Out)
{
    ULONG size = 0;
    NTSTATUS status = ZwQueryValueKey(Key, Name, KeyValuePartialInformation, NULL, 0, &size);
    if (status != STATUS_BUFFER_TOO_SMALL)
        return NT_SUCCESS(status) ? STATUS_UNSUCCESSFUL : status;
    PKEY_VALUE_PARTIAL_INFORMATION info = ExAllocatePoolWithTag(PagedPool, size, 'giRK');   // expect: PT005
    if (!info)
        return STATUS_INSUFFICIENT_RESOURCES;
    status = ZwQueryValueKey(Key, Name, KeyValuePartialInformation, info, size, &size);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(info, 'giRK');
        return status;
    }
    RtlCopyMemory(Out, info->Data, 4);
    return STATUS_SUCCESS;
}
