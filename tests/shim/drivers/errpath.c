/* A WDM driver whose IOCTL handler leaks its first buffer when the second
 * allocation fails: invisible in a normal run, found by the sweep. */
#include <ntddk.h>
#include "pt_shim.h"

#define IOCTL_ERRPATH_WORK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

static PVOID g_config;

static NTSTATUS DoWork(ULONG extra)
{
    PUCHAR a, b;
    a = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'AmrE');    /* site:alloc_a */
    if (a == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    b = ExAllocatePoolWithTag(NonPagedPoolNx, 128 + extra, 'BmrE');
    if (b == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;                  /* bug: a is lost */
    memset(a, 1, 64);
    memset(b, 2, 128 + extra);
    ExFreePoolWithTag(b, 'BmrE');
    ExFreePoolWithTag(a, 'AmrE');
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st = STATUS_INVALID_DEVICE_REQUEST;
    UNREFERENCED_PARAMETER(dev);
    if (s->Parameters.DeviceIoControl.IoControlCode == IOCTL_ERRPATH_WORK)
        st = DoWork(16);
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    ExFreePoolWithTag(g_config, 'gfCE');
    g_config = NULL;
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    g_config = ExAllocatePool2(POOL_FLAG_PAGED, 32, 'gfCE');
    if (g_config == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
