/*
 * Clean: the goto-cleanup idiom with three resources, status checks after
 * every call, NULL-initialised pointers and guarded frees at one label.
 * Every path frees exactly what it allocated.
 */
#include <ntddk.h>

#define BLD_TAG 'dliB'

typedef struct _BUILD_REQUEST {
    ULONG Flags;
    ULONG Length;
} BUILD_REQUEST, *PBUILD_REQUEST;

NTSTATUS
BuildAndSend(_In_ HANDLE File, _In_ PBUILD_REQUEST Req)
{
    NTSTATUS status;
    IO_STATUS_BLOCK iosb;
    PUCHAR header = NULL;
    PUCHAR body = NULL;
    PUCHAR trailer = NULL;

    header = ExAllocatePoolWithTag(PagedPool, 64, BLD_TAG);
    if (header == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    body = ExAllocatePoolWithTag(PagedPool, Req->Length, BLD_TAG);
    if (body == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    trailer = ExAllocatePoolWithTag(PagedPool, 16, BLD_TAG);
    if (trailer == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlZeroMemory(header, 64);
    RtlZeroMemory(body, Req->Length);
    RtlZeroMemory(trailer, 16);

    status = ZwWriteFile(File, NULL, NULL, NULL, &iosb, header, 64, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    status = ZwWriteFile(File, NULL, NULL, NULL, &iosb, body, Req->Length, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    status = ZwWriteFile(File, NULL, NULL, NULL, &iosb, trailer, 16, NULL, NULL);

Cleanup:
    if (trailer != NULL) {
        ExFreePoolWithTag(trailer, BLD_TAG);
    }
    if (body != NULL) {
        ExFreePoolWithTag(body, BLD_TAG);
    }
    if (header) {
        ExFreePoolWithTag(header, BLD_TAG);
    }
    return status;
}

/* Same idea with one exit label and an allocation between two status checks. */
NTSTATUS
QueryKeyName(_In_ HANDLE Key)
{
    NTSTATUS status;
    ULONG needed = 0;
    PKEY_BASIC_INFORMATION info = NULL;

    status = ZwQueryKey(Key, KeyBasicInformation, NULL, 0, &needed);
    if (status != STATUS_BUFFER_TOO_SMALL && status != STATUS_BUFFER_OVERFLOW) {
        goto Exit;
    }
    info = ExAllocatePoolWithTag(PagedPool, needed, BLD_TAG);
    if (!info) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }
    status = ZwQueryKey(Key, KeyBasicInformation, info, needed, &needed);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    DbgPrint("key name length %u\n", info->NameLength);

Exit:
    if (info) {
        ExFreePoolWithTag(info, BLD_TAG);
    }
    return status;
}
