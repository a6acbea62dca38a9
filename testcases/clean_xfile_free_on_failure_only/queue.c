/* Takes the request: queues it on success, frees it on failure. Either way the
 * caller no longer owns it; no single summary says "frees" or "keeps". */
#include <ntddk.h>

LIST_ENTRY g_Queue;

typedef struct _REQ { LIST_ENTRY Link; ULONG Size; } REQ, *PREQ;

NTSTATUS
QueueRequest(_In_ PREQ Req)
{
    if (Req->Size == 0) {
        ExFreePoolWithTag(Req, 'qeRQ');
        return STATUS_INVALID_PARAMETER;
    }
    InsertTailList(&g_Queue, &Req->Link);
    return STATUS_SUCCESS;
}
