/*
 * PT005: the completion routine only signals the event in its context; the
 * dispatch routine sends the IRP and returns without waiting, so nobody
 * ever frees the context.
 */
#include <wdm.h>

#define CC_TAG 'xtCC'

typedef struct _SYNC_CONTEXT {
    KEVENT Done;
    NTSTATUS Status;
} SYNC_CONTEXT, *PSYNC_CONTEXT;

IO_COMPLETION_ROUTINE SyncComplete;

NTSTATUS
SyncComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PSYNC_CONTEXT sc = (PSYNC_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    sc->Status = Irp->IoStatus.Status;
    KeSetEvent(&sc->Done, IO_NO_INCREMENT, FALSE);
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS
ForwardWatched(_In_ PDEVICE_OBJECT Lower, _Inout_ PIRP Irp)
{
    PSYNC_CONTEXT sc = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sc), CC_TAG);   // expect: PT005

    if (sc == NULL) {
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(Lower, Irp);
    }
    KeInitializeEvent(&sc->Done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, SyncComplete, sc, TRUE, TRUE, TRUE);
    return IoCallDriver(Lower, Irp);
}
