/* *Buffer = info->Data hands out an address inside the block (KSystemInformer's
 * KphQueryRegistryBinary): the caller frees it through that, not a leak. */
#include <ntddk.h>

NTSTATUS QueryBinary(_In_ HANDLE Key, _In_ PUNICODE_STRING Name, _Out_ PUCHAR *Buffer, _Out_ PULONG Length)
{
    ULONG size = 0;
    NTSTATUS status = ZwQueryValueKey(Key, Name, KeyValuePartialInformation, NULL, 0, &size);
    if (status != STATUS_BUFFER_TOO_SMALL)
        return NT_SUCCESS(status) ? STATUS_UNSUCCESSFUL : status;
    PKEY_VALUE_PARTIAL_INFORMATION info = ExAllocatePoolWithTag(PagedPool, size, 'giRK');
    if (!info)
        return STATUS_INSUFFICIENT_RESOURCES;
    status = ZwQueryValueKey(Key, Name, KeyValuePartialInformation, info, size, &size);
    if (!NT_SUCCESS(status) || info->Type != REG_BINARY) {
        ExFreePoolWithTag(info, 'giRK');
        return NT_SUCCESS(status) ? STATUS_OBJECT_TYPE_MISMATCH : status;
    }
    *Length = info->DataLength;
    *Buffer = info->Data;
    return STATUS_SUCCESS;
}
