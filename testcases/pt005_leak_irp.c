/*
 * PT005 leak of an IRP from IoAllocateIrp: the driver builds a query IRP for
 * the lower device, but when the stack size check fails it returns without
 * IoFreeIrp. The Good twin frees it, or hands it to IoCallDriver.
 */
#include <ntddk.h>

IO_COMPLETION_ROUTINE QueryCapsCompletion;

NTSTATUS
QueryCapsCompletion(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    IoFreeIrp(Irp);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
SendQueryCapsBad(_In_ PDEVICE_OBJECT Lower, _In_ PKEVENT Done, _In_ CCHAR CallerStack)
{
    PIRP irp;
    PIO_STACK_LOCATION sp;

    irp = IoAllocateIrp(Lower->StackSize, FALSE);     // expect: PT005
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (CallerStack > Lower->StackSize) {
        return STATUS_INVALID_DEVICE_STATE;           /* irp leaks */
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    sp = IoGetNextIrpStackLocation(irp);
    sp->MajorFunction = IRP_MJ_PNP;
    sp->MinorFunction = IRP_MN_QUERY_CAPABILITIES;
    IoSetCompletionRoutine(irp, QueryCapsCompletion, Done, TRUE, TRUE, TRUE);
    return IoCallDriver(Lower, irp);
}

NTSTATUS
SendQueryCapsGood(_In_ PDEVICE_OBJECT Lower, _In_ PKEVENT Done, _In_ CCHAR CallerStack)
{
    PIRP irp;
    PIO_STACK_LOCATION sp;

    irp = IoAllocateIrp(Lower->StackSize, FALSE);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (CallerStack > Lower->StackSize) {
        IoFreeIrp(irp);
        return STATUS_INVALID_DEVICE_STATE;
    }
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    sp = IoGetNextIrpStackLocation(irp);
    sp->MajorFunction = IRP_MJ_PNP;
    sp->MinorFunction = IRP_MN_QUERY_CAPABILITIES;
    IoSetCompletionRoutine(irp, QueryCapsCompletion, Done, TRUE, TRUE, TRUE);
    return IoCallDriver(Lower, irp);
}
