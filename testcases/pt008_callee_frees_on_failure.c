/*
 * ProcessRequest frees the request itself when it fails (it cleans up its
 * half-done work with it) and leaves it to its caller when it succeeds.
 * SubmitTwice frees it again on the failure path: a double free (PT008).
 * SubmitAndForget returns on success without freeing it: a leak (PT005).
 * (Twin: clean_callee_frees_on_failure.c.)
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
SubmitTwice(_In_ ULONG Size)
{
    NTSTATUS status;
    PREQ req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*req), 'qeRQ');

    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Size = Size;
    status = ProcessRequest(req);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(req, 'qeRQ');                  // expect: PT008
        return status;
    }
    ExFreePoolWithTag(req, 'qeRQ');
    return STATUS_SUCCESS;
}

NTSTATUS
SubmitAndForget(_In_ ULONG Size)
{
    NTSTATUS status;
    PREQ req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*req), 'qeRQ');   // expect: PT005

    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Size = Size;
    status = ProcessRequest(req);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;                               /* req is still ours */
}
