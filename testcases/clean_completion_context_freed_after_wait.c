/*
 * Clean twin of pt005_completion_context_never_freed.c: the completion
 * routine only signals the event in its context, and the dispatch routine
 * waits for it and then frees the context itself.
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
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
ForwardAndWait(_In_ PDEVICE_OBJECT Lower, _Inout_ PIRP Irp)
{
    PSYNC_CONTEXT sc = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sc), CC_TAG);
    NTSTATUS status;

    if (sc == NULL) {
        Irp->IoStatus.Status = STATUS_INSUFFICIENT_RESOURCES;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&sc->Done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, SyncComplete, sc, TRUE, TRUE, TRUE);
    status = IoCallDriver(Lower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&sc->Done, Executive, KernelMode, FALSE, NULL);
        status = sc->Status;
    }
    ExFreePoolWithTag(sc, CC_TAG);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
