/* The oplock package would keep the context, but a return before the
 * check loses it. */
#include <ntifs.h>

typedef struct _EVENT_CTX { ULONG Op; } EVENT_CTX, *PEVENT_CTX;

VOID OplockDone(_In_ PVOID Context, _In_ PIRP Irp);

NTSTATUS Flush(_In_ POPLOCK Oplock, _In_ PIRP Irp, ULONG Length)
{
    PEVENT_CTX ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *ctx, 'xtCE');   // expect: PT005
    if (!ctx)
        return STATUS_INSUFFICIENT_RESOURCES;
    if (Length == 0)
        return STATUS_INVALID_PARAMETER;
    return FsRtlCheckOplock(Oplock, Irp, ctx, OplockDone, NULL);
}
