/* Confirmation driver "locked": a WDM driver that locks the pages of its
 * paged transfer buffer and, on two error paths, frees the MDL without
 * MmUnlockPages (Driver Verifier: bug check 0xCB). The scenario sends an
 * invalid mode, so the first is confirmed by the clean run; the second needs
 * a failed allocation and is confirmed by the sweep.
 * (A real driver wraps MmProbeAndLockPages in __try/__except; the user-mode
 * build has no SEH, and a locked kernel buffer does not raise.) */
#include <ntddk.h>
#include "ioctl.h"

#define LK_BUF_SIZE 8192

typedef struct _LK_EXT {
    KDPC Dpc;
    PUCHAR Buffer;      /* LK_BUF_SIZE bytes of paged pool */
    ULONG Transfers;
    ULONG Checksum;
} LK_EXT, *PLK_EXT;

DRIVER_INITIALIZE DriverEntry;

/* DISPATCH_LEVEL: touches only nonpaged state. */
static VOID LkDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PLK_EXT ext = (PLK_EXT)ctx;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    ext->Checksum ^= ext->Transfers;
}

static NTSTATUS LkTransfer(PLK_EXT ext, ULONG mode)
{
    PMDL mdl = IoAllocateMdl(ext->Buffer, LK_BUF_SIZE, FALSE, FALSE, NULL);
    PUCHAR va;
    if (mdl == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess); /* runtime: PT010 confirmed */ // expect: PT010
    if (mode > LK_MAX_MODE) {
        IoFreeMdl(mdl);                     /* bug: pages stay locked */
        return STATUS_INVALID_PARAMETER;
    }
    va = (PUCHAR)MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
    if (va != NULL)
        va[0] = (UCHAR)mode;
    ext->Transfers++;
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    return STATUS_SUCCESS;
}

static NTSTATUS LkSnapshot(PLK_EXT ext, PULONG out)
{
    PMDL mdl = IoAllocateMdl(ext->Buffer, LK_BUF_SIZE, FALSE, FALSE, NULL);
    PUCHAR copy;
    if (mdl == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmProbeAndLockPages(mdl, KernelMode, IoReadAccess); /* runtime: PT010 confirmed sweep */ // expect: PT010
    copy = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'pSkL');
    if (copy == NULL) {
        IoFreeMdl(mdl);                     /* bug: pages stay locked */
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    copy[0] = ext->Buffer[0];
    *out = copy[0] + ext->Transfers;
    ExFreePoolWithTag(copy, 'pSkL');
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    return STATUS_SUCCESS;
}

static NTSTATUS LkDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PLK_EXT ext = (PLK_EXT)dev->DeviceExtension;
    NTSTATUS st = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_LK_TRANSFER:
        if (s->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
            st = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        st = LkTransfer(ext, *(PULONG)irp->AssociatedIrp.SystemBuffer);
        break;
    case IOCTL_LK_SNAPSHOT:
        if (s->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            st = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        st = LkSnapshot(ext, (PULONG)irp->AssociatedIrp.SystemBuffer);
        info = NT_SUCCESS(st) ? sizeof(ULONG) : 0;
        break;
    case IOCTL_LK_KICK:
        KeInsertQueueDpc(&ext->Dpc, NULL, NULL);
        st = STATUS_SUCCESS;
        break;
    default:
        break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = info;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID LkUnload(PDRIVER_OBJECT drv)
{
    PLK_EXT ext = (PLK_EXT)drv->DeviceObject->DeviceExtension;
    KeRemoveQueueDpc(&ext->Dpc);
    ExFreePoolWithTag(ext->Buffer, 'fBkL');
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PLK_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(LK_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PLK_EXT)dev->DeviceExtension;
    ext->Transfers = 0;
    ext->Checksum = 0;
    ext->Buffer = (PUCHAR)ExAllocatePoolWithTag(PagedPool, LK_BUF_SIZE, 'fBkL');
    if (ext->Buffer == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&ext->Dpc, LkDpc, ext);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = LkDeviceControl;
    drv->DriverUnload = LkUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
