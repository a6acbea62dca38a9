/* FsRtlCheckOplock keeps its context for the completion routine when it
 * returns STATUS_PENDING (dokany's flush): the caller must not free it then. */
#include <ntifs.h>

typedef struct _EVENT_CTX { ULONG Op; } EVENT_CTX, *PEVENT_CTX;

VOID OplockDone(_In_ PVOID Context, _In_ PIRP Irp);

static NTSTATUS CheckOplock(POPLOCK Oplock, PIRP Irp, PVOID Context)
{
    return FsRtlCheckOplock(Oplock, Irp, Context, OplockDone, NULL);
}

NTSTATUS Flush(_In_ POPLOCK Oplock, _In_ PIRP Irp)
{
    PEVENT_CTX ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *ctx, 'xtCE');
    if (!ctx)
        return STATUS_INSUFFICIENT_RESOURCES;
    ctx->Op = 1;
    NTSTATUS status = CheckOplock(Oplock, Irp, ctx);
    if (status != STATUS_SUCCESS && status != STATUS_PENDING)
        ExFreePoolWithTag(ctx, 'xtCE');
    return status;
}
