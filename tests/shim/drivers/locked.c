/* A WDM driver that locks a buffer's pages for I/O; DriverUnload frees the
 * MDL but forgets MmUnlockPages when the unlock IOCTL never came (0xCB). */
#include <ntddk.h>
#include "pt_shim.h"

#define IOCTL_LK_LOCK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_LK_UNLOCK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x841, METHOD_BUFFERED, FILE_ANY_ACCESS)

static PVOID g_buf;
static PMDL g_mdl;
static BOOLEAN g_locked;

static NTSTATUS LockBuffer(void)
{
    if (g_mdl != NULL)
        return STATUS_INVALID_DEVICE_REQUEST;
    g_mdl = IoAllocateMdl(g_buf, 8192, FALSE, FALSE, NULL);
    if (g_mdl == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmProbeAndLockPages(g_mdl, KernelMode, IoWriteAccess);   /* site:lock */
    g_locked = TRUE;
    return STATUS_SUCCESS;
}

static NTSTATUS UnlockBuffer(void)
{
    if (g_mdl == NULL || !g_locked)
        return STATUS_INVALID_DEVICE_REQUEST;
    MmUnlockPages(g_mdl);
    g_locked = FALSE;
    IoFreeMdl(g_mdl);
    g_mdl = NULL;
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st;
    UNREFERENCED_PARAMETER(dev);
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_LK_LOCK: st = LockBuffer(); break;
    case IOCTL_LK_UNLOCK: st = UnlockBuffer(); break;
    default: st = STATUS_INVALID_DEVICE_REQUEST; break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    if (g_mdl != NULL) {
        IoFreeMdl(g_mdl);      /* bug: pages still locked if no unlock IOCTL came */
        g_mdl = NULL;
    }
    g_locked = FALSE;
    ExFreePoolWithTag(g_buf, 'fBkL');
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    g_buf = ExAllocatePoolWithTag(NonPagedPoolNx, 8192, 'fBkL');
    if (g_buf == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st)) {
        ExFreePoolWithTag(g_buf, 'fBkL');
        return st;
    }
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
