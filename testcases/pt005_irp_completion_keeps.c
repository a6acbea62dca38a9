/*
 * PT005 leak of a driver-allocated IRP that comes back to its sender: the
 * completion routine returns STATUS_MORE_PROCESSING_REQUIRED and does not
 * free the IRP, so after the wait the IRP is the sender's again. The sender
 * returns without IoFreeIrp. A second sender leaks its IRP on an error path
 * before IoCallDriver. The Good twins free it after the wait.
 */
#include <wdm.h>

typedef struct _QUERY_EXT {
    PDEVICE_OBJECT Lower;
    ULONG Flags;
} QUERY_EXT, *PQUERY_EXT;

IO_COMPLETION_ROUTINE QuerySignalComplete;

NTSTATUS
QueryIdBad(_In_ PQUERY_EXT Ext, _Out_ PIO_STATUS_BLOCK Result)
{
    KEVENT done;
    PIRP irp;
    PIO_STACK_LOCATION sp;
    NTSTATUS status;

    irp = IoAllocateIrp(Ext->Lower->StackSize, FALSE);       // expect: PT005
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    sp = IoGetNextIrpStackLocation(irp);
    sp->MajorFunction = IRP_MJ_PNP;
    sp->MinorFunction = IRP_MN_QUERY_ID;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, QuerySignalComplete, &done, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    *Result = irp->IoStatus;
    return Result->Status;                                   /* irp is never freed */
}

NTSTATUS
QueryIdGood(_In_ PQUERY_EXT Ext, _Out_ PIO_STATUS_BLOCK Result)
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
    sp->MinorFunction = IRP_MN_QUERY_ID;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, QuerySignalComplete, &done, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
    }
    *Result = irp->IoStatus;
    IoFreeIrp(irp);
    return Result->Status;
}

NTSTATUS
FlushLowerBad(_In_ PQUERY_EXT Ext)
{
    KEVENT done;
    PIRP irp;
    NTSTATUS status;

    irp = IoAllocateIrp(Ext->Lower->StackSize, FALSE);       // expect: PT005
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Ext->Flags & 1) {
        return STATUS_DEVICE_NOT_READY;                      /* leaves before sending it */
    }
    IoGetNextIrpStackLocation(irp)->MajorFunction = IRP_MJ_FLUSH_BUFFERS;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoSetCompletionRoutine(irp, QuerySignalComplete, &done, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = irp->IoStatus.Status;
    }
    IoFreeIrp(irp);
    return status;
}

/* Defined after its users: the link still analyses it first. */
NTSTATUS
QuerySignalComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}
