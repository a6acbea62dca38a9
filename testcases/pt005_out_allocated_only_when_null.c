/*
 * PT005 across a helper that allocates into *Buffer only when the caller
 * passes NULL there, and otherwise fills the caller's buffer (a USB
 * descriptor request). GetReport passes NULL, gets fresh memory on success,
 * copies it out and never frees it.
 */
#include <ntddk.h>

typedef struct _DESC_REQUEST {
    PVOID Buffer;
    ULONG Length;
} DESC_REQUEST, *PDESC_REQUEST;

NTSTATUS SendRequest(_In_ PDEVICE_OBJECT Device, _In_ PDESC_REQUEST Request);

NTSTATUS
GetDescriptor(_In_ PDEVICE_OBJECT Device, _Inout_ PVOID *Buffer, _In_ ULONG Length)
{
    PDESC_REQUEST req;
    NTSTATUS status;
    BOOLEAN allocated = FALSE;

    req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(DESC_REQUEST), 'qeRH');
    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (*Buffer == NULL) {
        *Buffer = ExAllocatePoolZero(NonPagedPoolNx, Length, 'fuBH');
        if (*Buffer == NULL) {
            ExFreePoolWithTag(req, 'qeRH');
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        allocated = TRUE;
    }
    req->Buffer = *Buffer;
    req->Length = Length;
    status = SendRequest(Device, req);
    if (!NT_SUCCESS(status)) {
        if (allocated) {
            ExFreePoolWithTag(*Buffer, 'fuBH');
            *Buffer = NULL;
        }
        ExFreePoolWithTag(req, 'qeRH');
        return status;
    }
    ExFreePoolWithTag(req, 'qeRH');
    return STATUS_SUCCESS;
}

NTSTATUS
GetReport(_In_ PDEVICE_OBJECT Device, _Out_writes_bytes_(Length) PVOID Out, _In_ ULONG Length)
{
    PVOID report = NULL;
    NTSTATUS status;

    status = GetDescriptor(Device, &report, Length);   // expect: PT005
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlCopyMemory(Out, report, Length);
    return STATUS_SUCCESS;
}
