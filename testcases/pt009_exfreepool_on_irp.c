/*
 * PT009 wrong-free: an IRP from IoAllocateIrp released with ExFreePool
 * instead of IoFreeIrp (IRPs come from per-processor lookaside lists), and
 * pool memory released with IoFreeIrp.
 */
#include <ntddk.h>

#define IRPB_TAG 'brIP'

NTSTATUS
ProbeLowerStackBad(_In_ PDEVICE_OBJECT Lower)
{
    PIRP irp = IoAllocateIrp(Lower->StackSize, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (irp->StackCount < Lower->StackSize) {
        ExFreePool(irp);                           // expect: PT009
        return STATUS_INVALID_DEVICE_STATE;
    }
    IoFreeIrp(irp);
    return STATUS_SUCCESS;
}

NTSTATUS
ProbeFakeIrpBad(_In_ PDEVICE_OBJECT Lower)
{
    PIRP irp = ExAllocatePoolWithTag(NonPagedPoolNx, IoSizeOfIrp(Lower->StackSize), IRPB_TAG);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoInitializeIrp(irp, IoSizeOfIrp(Lower->StackSize), Lower->StackSize);
    IoFreeIrp(irp);                                // expect: PT009
    return STATUS_SUCCESS;
}

NTSTATUS
ProbeLowerStackGood(_In_ PDEVICE_OBJECT Lower)
{
    PIRP irp = IoAllocateIrp(Lower->StackSize, FALSE);

    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (irp->StackCount < Lower->StackSize) {
        IoFreeIrp(irp);
        return STATUS_INVALID_DEVICE_STATE;
    }
    IoFreeIrp(irp);
    return STATUS_SUCCESS;
}
