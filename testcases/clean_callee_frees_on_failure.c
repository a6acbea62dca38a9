/*
 * Clean twin of pt008_callee_frees_on_failure.c: ProcessRequest frees the
 * request when it fails and leaves it to its caller when it succeeds; the
 * caller frees it only on success.
 */
#include <ntddk.h>

typedef struct _REQ {
    ULONG Size;
    UCHAR Data[16];
} REQ, *PREQ;

NTSTATUS
ProcessRequest(_In_ PREQ Req)
{
    if (Req->Size == 0 || Req->Size > sizeof(Req->Data)) {
        ExFreePoolWithTag(Req, 'qeRQ');
        return STATUS_INVALID_PARAMETER;
    }
    Req->Data[0] = 1;
    return STATUS_SUCCESS;
}

NTSTATUS
Submit(_In_ ULONG Size)
{
    NTSTATUS status;
    PREQ req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*req), 'qeRQ');

    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Size = Size;
    status = ProcessRequest(req);
    if (!NT_SUCCESS(status)) {
        return status;                                   /* ProcessRequest freed it */
    }
    ExFreePoolWithTag(req, 'qeRQ');
    return STATUS_SUCCESS;
}
