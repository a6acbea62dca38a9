/* A WDM driver with one bad free per IOCTL: wrong tag (0xC2), double free,
 * free of memory it never allocated, wrong family, NDIS wrong tag. */
#include <ntddk.h>
#include <ndis.h>
#include "pt_shim.h"

#define IOCTL_BF_TAG CTL_CODE(FILE_DEVICE_UNKNOWN, 0x820, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_DOUBLE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x821, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_UNKNOWN CTL_CODE(FILE_DEVICE_UNKNOWN, 0x822, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_FAMILY CTL_CODE(FILE_DEVICE_UNKNOWN, 0x823, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BF_NDIS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x824, METHOD_BUFFERED, FILE_ANY_ACCESS)

static UCHAR g_static[16];

static NTSTATUS WrongTag(void)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'gaTM');   /* site:mtag_alloc */
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, 'gaTX');                                  /* site:mtag_free */
    return STATUS_SUCCESS;
}

static NTSTATUS DoubleFree(void)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 24, 'lbDB');    /* site:dbl_alloc */
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, 'lbDB');                                  /* site:dbl_first */
    ExFreePoolWithTag(p, 'lbDB');                                  /* site:dbl_second */
    return STATUS_SUCCESS;
}

static NTSTATUS UnknownFree(void)
{
    ExFreePool(g_static);                                          /* site:unknown */
    return STATUS_SUCCESS;
}

static NTSTATUS WrongFamily(void)
{
    PMDL m = IoAllocateMdl(g_static, sizeof(g_static), FALSE, FALSE, NULL); /* site:fam_alloc */
    if (m == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePool(m);                                                 /* site:fam_free */
    return STATUS_SUCCESS;
}

static NTSTATUS NdisWrongTag(void)
{
    NDIS_HANDLE h = (NDIS_HANDLE)&g_static;   /* stands for a miniport handle */
    PVOID p = NdisAllocateMemoryWithTagPriority(h, 48, 'sdNB', NormalPoolPriority);
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    NdisFreeMemoryWithTagPriority(h, p, 'sdNX');                   /* site:ndis_free */
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st;
    UNREFERENCED_PARAMETER(dev);
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_BF_TAG: st = WrongTag(); break;
    case IOCTL_BF_DOUBLE: st = DoubleFree(); break;
    case IOCTL_BF_UNKNOWN: st = UnknownFree(); break;
    case IOCTL_BF_FAMILY: st = WrongFamily(); break;
    case IOCTL_BF_NDIS: st = NdisWrongTag(); break;
    default: st = STATUS_INVALID_DEVICE_REQUEST; break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
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
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
