/*
 * PT004 tag-mismatch only on the error path: the cleanup label frees the
 * buffer with the right tag, but the early-failure branch was copy-pasted
 * from another function and uses that function's tag.
 */
#include <ntddk.h>
#include <ntstrsafe.h>

#define SYMLINK_TAG  'kmyS'
#define CONFIG_TAG   'gfnC'

NTSTATUS
CreateSymlinkBad(_In_ PCUNICODE_STRING DeviceName, _In_ ULONG Index)
{
    NTSTATUS status;
    UNICODE_STRING link;
    PWCHAR buffer;

    buffer = ExAllocatePoolWithTag(PagedPool, 128 * sizeof(WCHAR), SYMLINK_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitEmptyUnicodeString(&link, buffer, 128 * sizeof(WCHAR));
    status = RtlUnicodeStringPrintf(&link, L"\\DosDevices\\PoolDemo%u", Index);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(buffer, CONFIG_TAG);     // expect: PT004
        return status;
    }
    status = IoCreateSymbolicLink(&link, (PUNICODE_STRING)DeviceName);
    ExFreePoolWithTag(buffer, SYMLINK_TAG);
    return status;
}

NTSTATUS
CreateSymlinkGotoBad(_In_ PCUNICODE_STRING DeviceName, _In_ ULONG Index)
{
    NTSTATUS status;
    UNICODE_STRING link;
    PWCHAR buffer;

    buffer = ExAllocatePoolWithTag(PagedPool, 128 * sizeof(WCHAR), SYMLINK_TAG);
    if (buffer == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }
    RtlInitEmptyUnicodeString(&link, buffer, 128 * sizeof(WCHAR));
    status = RtlUnicodeStringPrintf(&link, L"\\DosDevices\\PoolDemo%u", Index);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = IoCreateSymbolicLink(&link, (PUNICODE_STRING)DeviceName);
Exit:
    if (buffer != NULL) {
        ExFreePoolWithTag(buffer, CONFIG_TAG);     // expect: PT004
    }
    return status;
}

NTSTATUS
CreateSymlinkGood(_In_ PCUNICODE_STRING DeviceName, _In_ ULONG Index)
{
    NTSTATUS status;
    UNICODE_STRING link;
    PWCHAR buffer;

    buffer = ExAllocatePoolWithTag(PagedPool, 128 * sizeof(WCHAR), SYMLINK_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitEmptyUnicodeString(&link, buffer, 128 * sizeof(WCHAR));
    status = RtlUnicodeStringPrintf(&link, L"\\DosDevices\\PoolDemo%u", Index);
    if (NT_SUCCESS(status)) {
        status = IoCreateSymbolicLink(&link, (PUNICODE_STRING)DeviceName);
    }
    ExFreePoolWithTag(buffer, SYMLINK_TAG);
    return status;
}
