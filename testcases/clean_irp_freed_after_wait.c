/*
 * Clean: a driver-allocated IRP whose completion routine returns
 * STATUS_MORE_PROCESSING_REQUIRED (through a local, and one set with
 * IoSetCompletionRoutineEx) comes back to the sender, which frees it after
 * the wait. A driver-allocated IRP sent without a completion routine is
 * handed over (the analyzer stays quiet about it).
 */
#include <wdm.h>

typedef struct _SYNC_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
} SYNC_EXT, *PSYNC_EXT;

IO_COMPLETION_ROUTINE SyncSignal;

NTSTATUS
SyncSignal(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    NTSTATUS status = STATUS_MORE_PROCESSING_REQUIRED;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned && Context != NULL) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return status;
}

NTSTATUS
SendCapsSync(_In_ PSYNC_EXT Ext, _Out_ PDEVICE_CAPABILITIES Caps)
{
    KEVENT done;
    PIRP irp;
    PIO_STACK_LOCATION sp;
    NTSTATUS status;

    irp = IoAllocateIrp(Ext->Lower->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    sp = IoGetNextIrpStackLocation(irp);
    sp->MajorFunction = IRP_MJ_PNP;
    sp->MinorFunction = IRP_MN_QUERY_CAPABILITIES;
    sp->Parameters.DeviceCapabilities.Capabilities = Caps;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, SyncSignal, &done, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SendFlushSyncEx(_In_ PSYNC_EXT Ext)
{
    KEVENT done;
    PIRP irp;
    NTSTATUS status;

    irp = IoAllocateIrp(Ext->Lower->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    status = IoSetCompletionRoutineEx(Ext->Self, irp, SyncSignal, &done, TRUE, TRUE, TRUE);
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);
        return status;
    }
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

NTSTATUS
SendFlushNoRoutine(_In_ PSYNC_EXT Ext)
{
    PIRP irp = IoAllocateIrp(Ext->Lower->StackSize, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    return IoCallDriver(Ext->Lower, irp);
}
