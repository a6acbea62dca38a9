/*
 * Clean: frees in __finally cover every exit of the __try body: the normal
 * end, __leave, and a return from inside __try (which also runs the
 * __finally block).
 */
#include <ntddk.h>

#define TF_TAG 'nFrT'

NTSTATUS
ReadConfigTryFinally(_In_ HANDLE File, _In_ ULONG Length)
{
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    IO_STATUS_BLOCK iosb;
    PUCHAR buffer = NULL;

    __try {
        buffer = ExAllocatePoolWithTag(PagedPool, Length, TF_TAG);
        if (buffer == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            __leave;
        }
        status = ZwReadFile(File, NULL, NULL, NULL, &iosb, buffer, Length, NULL, NULL);
        if (!NT_SUCCESS(status)) {
            __leave;
        }
        if (iosb.Information < 4) {
            status = STATUS_END_OF_FILE;
            __leave;
        }
        DbgPrint("config magic %02x%02x\n", buffer[0], buffer[1]);
    } __finally {
        if (buffer != NULL) {
            ExFreePoolWithTag(buffer, TF_TAG);
        }
    }
    return status;
}

NTSTATUS
ReturnInsideTry(_In_ ULONG Length)
{
    PUCHAR buffer = ExAllocatePoolWithTag(PagedPool, Length, TF_TAG);

    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        RtlZeroMemory(buffer, Length);
        if (Length < 16) {
            return STATUS_BUFFER_TOO_SMALL;       /* __finally still frees */
        }
        buffer[0] = 1;
    } __finally {
        ExFreePoolWithTag(buffer, TF_TAG);
    }
    return STATUS_SUCCESS;
}
