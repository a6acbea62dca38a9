/*
 * Clean: a driver-allocated IRP sent down with IoCallDriver. The completion
 * routine frees the IRP (and its MDL and buffer) and returns
 * STATUS_MORE_PROCESSING_REQUIRED. IoCallDriver takes the IRP; the buffer
 * rides along in the completion context.
 */
#include <wdm.h>

#define SIRP_TAG 'priS'

typedef struct _SYNC_READ {
    KEVENT Done;
    PVOID Buffer;
    ULONG Length;
    NTSTATUS Status;
} SYNC_READ, *PSYNC_READ;

IO_COMPLETION_ROUTINE OwnIrpComplete;

NTSTATUS
OwnIrpComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PSYNC_READ sr = (PSYNC_READ)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    sr->Status = Irp->IoStatus.Status;
    if (Irp->MdlAddress != NULL) {
        IoFreeMdl(Irp->MdlAddress);
        Irp->MdlAddress = NULL;
    }
    IoFreeIrp(Irp);
    KeSetEvent(&sr->Done, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
ReadSectorZero(_In_ PDEVICE_OBJECT Lower, _In_ ULONG SectorSize, _Out_ PSYNC_READ Sr)
{
    PIRP irp;
    PIO_STACK_LOCATION sp;

    Sr->Length = SectorSize;
    Sr->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, SectorSize, SIRP_TAG);
    if (Sr->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    irp = IoAllocateIrp(Lower->StackSize, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(Sr->Buffer, SIRP_TAG);
        Sr->Buffer = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (IoAllocateMdl(Sr->Buffer, SectorSize, FALSE, FALSE, irp) == NULL) {
        IoFreeIrp(irp);
        ExFreePoolWithTag(Sr->Buffer, SIRP_TAG);
        Sr->Buffer = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(irp->MdlAddress);
    KeInitializeEvent(&Sr->Done, NotificationEvent, FALSE);
    sp = IoGetNextIrpStackLocation(irp);
    sp->MajorFunction = IRP_MJ_READ;
    sp->Parameters.Read.Length = SectorSize;
    sp->Parameters.Read.ByteOffset.QuadPart = 0;
    IoSetCompletionRoutine(irp, OwnIrpComplete, Sr, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(Lower, irp);
    KeWaitForSingleObject(&Sr->Done, Executive, KernelMode, FALSE, NULL);
    return Sr->Status;
}
