/*
 * PT008 double-free on a cleanup path: the error branch frees the buffer and
 * then jumps to the cleanup label, which frees it again because the pointer
 * was not reset. Reported at the second free. The Good twin sets the
 * pointer to NULL after the first free.
 */
#include <ntifs.h>

#define LOG_TAG 'goLW'

NTSTATUS
WriteLogRecordBad(_In_ HANDLE File, _In_reads_bytes_(Length) PVOID Record, _In_ ULONG Length)
{
    NTSTATUS status;
    IO_STATUS_BLOCK iosb;
    PUCHAR buffer;

    buffer = ExAllocatePoolWithTag(PagedPool, Length + sizeof(ULONG), LOG_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *(PULONG)buffer = Length;
    RtlCopyMemory(buffer + sizeof(ULONG), Record, Length);
    status = ZwWriteFile(File, NULL, NULL, NULL, &iosb, buffer, Length + sizeof(ULONG),
                         NULL, NULL);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(buffer, LOG_TAG);
        goto Cleanup;
    }
    status = ZwFlushBuffersFile(File, &iosb);

Cleanup:
    ExFreePoolWithTag(buffer, LOG_TAG);     // expect: PT008
    return status;
}

NTSTATUS
WriteLogRecordGood(_In_ HANDLE File, _In_reads_bytes_(Length) PVOID Record, _In_ ULONG Length)
{
    NTSTATUS status;
    IO_STATUS_BLOCK iosb;
    PUCHAR buffer;

    buffer = ExAllocatePoolWithTag(PagedPool, Length + sizeof(ULONG), LOG_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *(PULONG)buffer = Length;
    RtlCopyMemory(buffer + sizeof(ULONG), Record, Length);
    status = ZwWriteFile(File, NULL, NULL, NULL, &iosb, buffer, Length + sizeof(ULONG),
                         NULL, NULL);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(buffer, LOG_TAG);
        buffer = NULL;
        goto Cleanup;
    }
    status = ZwFlushBuffersFile(File, &iosb);

Cleanup:
    if (buffer != NULL) {
        ExFreePoolWithTag(buffer, LOG_TAG);
    }
    return status;
}
