/*
 * Clean: MDLs that belong to an IRP. IoAllocateMdl with a non-NULL Irp
 * argument chains the MDL to the IRP (the I/O manager frees it at
 * completion); storing a locked MDL into Irp->MdlAddress hands both the
 * MDL and the lock to the IRP.
 */
#include <wdm.h>

#define XFER_TAG 'rfXI'

NTSTATUS
AttachSecondMdl(_Inout_ PIRP Irp, _In_ PVOID Extra, _In_ ULONG ExtraLength)
{
    PMDL mdl;

    mdl = IoAllocateMdl(Extra, ExtraLength, TRUE, FALSE, Irp);   /* chained to Irp */
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    return STATUS_SUCCESS;
}

NTSTATUS
BuildDirectIoIrp(_Inout_ PIRP Irp, _In_ PVOID UserVa, _In_ ULONG Length)
{
    PMDL mdl;

    mdl = IoAllocateMdl(UserVa, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        MmProbeAndLockPages(mdl, UserMode, IoWriteAccess);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        IoFreeMdl(mdl);
        return STATUS_INVALID_USER_BUFFER;
    }
    Irp->MdlAddress = mdl;        /* the IRP's completion unlocks and frees it */
    return STATUS_SUCCESS;
}

NTSTATUS
ForwardWithPrivateBuffer(_In_ PDEVICE_OBJECT Lower, _Inout_ PIRP Irp, _In_ ULONG Length)
{
    PVOID buffer;
    PMDL mdl;

    buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Length, XFER_TAG);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    mdl = IoAllocateMdl(buffer, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        ExFreePoolWithTag(buffer, XFER_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    Irp->MdlAddress = mdl;
    Irp->Tail.Overlay.DriverContext[0] = buffer;    /* freed by the completion routine */
    IoCopyCurrentIrpStackLocationToNext(Irp);
    return IoCallDriver(Lower, Irp);
}
