/*
 * Clean: the completion routine is declared with a role typedef that does not
 * exist in this build (a header the analyzer cannot see). Clang drops calls to
 * it silently; the analyzer must not read that as "the request leaks".
 */
#include <ntddk.h>

#define REQ_TAG 'qeRM'

typedef struct _MY_REQUEST {
    LIST_ENTRY Link;
    ULONG Code;
} MY_REQUEST, *PMY_REQUEST;

SOME_VENDOR_COMPLETION_ROLE MyRequestComplete;   /* type unknown here */

VOID
SendMyRequest(_In_ ULONG Code, _In_ BOOLEAN Closing)
{
    PMY_REQUEST req = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*req), REQ_TAG);
    NTSTATUS status;

    if (req == NULL) {
        return;
    }
    req->Code = Code;
    status = Closing ? STATUS_DELETE_PENDING : STATUS_SUCCESS;
    if (status != STATUS_PENDING) {
        MyRequestComplete(req, status);          /* frees the request */
    }
}
