/* The request is handed to QueueRequest on every path. */
#include <ntddk.h>

typedef struct _REQ { LIST_ENTRY Link; ULONG Size; } REQ, *PREQ;
NTSTATUS QueueRequest(_In_ PREQ Req);

NTSTATUS
Submit(_In_ ULONG Size)
{
    PREQ req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*req), 'qeRQ');

    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Size = Size;
    return QueueRequest(req);
}
