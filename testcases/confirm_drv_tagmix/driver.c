/* Confirmation driver "tagmix": a WDM driver that frees with another tag than
 * it allocated with (Driver Verifier: bug check 0xC2 BAD_POOL_CALLER). The
 * echo IOCTL is sent by the scenario (confirmed); the stats IOCTL never is
 * (not reproduced: the run did not cover it, which is not proof of absence). */
#include <ntddk.h>
#include "ioctl.h"

typedef struct _TM_EXT {
    KDPC Dpc;
    ULONG Echoes;
    ULONG DpcRuns;
} TM_EXT, *PTM_EXT;

DRIVER_INITIALIZE DriverEntry;

static VOID TmDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PTM_EXT ext = (PTM_EXT)ctx;
    PULONG snap;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    snap = (PULONG)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(ULONG), 'pDmT');
    if (snap == NULL)
        return;
    *snap = ext->Echoes;
    ext->DpcRuns += 1 + *snap;
    ExFreePoolWithTag(snap, 'pDmT');
}

static NTSTATUS TmEcho(PTM_EXT ext, PUCHAR sysbuf, ULONG len)
{
    PUCHAR copy;
    ULONG i;
    if (len == 0)
        return STATUS_INVALID_PARAMETER;
    copy = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, len, 'oEmT');
    if (copy == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    for (i = 0; i < len; i++)
        copy[i] = sysbuf[len - 1 - i];
    for (i = 0; i < len; i++)
        sysbuf[i] = copy[i];
    ext->Echoes++;
    ExFreePoolWithTag(copy, 'oEmX'); /* runtime: PT004 confirmed */ // expect: PT004
    return STATUS_SUCCESS;
}

static NTSTATUS TmStats(PTM_EXT ext, PULONG out)
{
    PULONG counters = (PULONG)ExAllocatePool2(POOL_FLAG_PAGED, 2 * sizeof(ULONG), 'tSmT');
    if (counters == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    counters[0] = ext->Echoes;
    counters[1] = ext->DpcRuns;
    out[0] = counters[0] + counters[1];
    ExFreePoolWithTag(counters, 'tsmT'); /* runtime: PT004 not_reproduced */ // expect: PT004
    return STATUS_SUCCESS;
}

static NTSTATUS TmDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PTM_EXT ext = (PTM_EXT)dev->DeviceExtension;
    ULONG in_len = s->Parameters.DeviceIoControl.InputBufferLength;
    ULONG out_len = s->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS st = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_TM_ECHO:
        st = TmEcho(ext, (PUCHAR)irp->AssociatedIrp.SystemBuffer, in_len);
        info = NT_SUCCESS(st) ? in_len : 0;
        break;
    case IOCTL_TM_STATS:
        if (out_len < sizeof(ULONG)) {
            st = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        st = TmStats(ext, (PULONG)irp->AssociatedIrp.SystemBuffer);
        info = NT_SUCCESS(st) ? sizeof(ULONG) : 0;
        break;
    case IOCTL_TM_KICK:
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

static VOID TmUnload(PDRIVER_OBJECT drv)
{
    PTM_EXT ext = (PTM_EXT)drv->DeviceObject->DeviceExtension;
    KeRemoveQueueDpc(&ext->Dpc);
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PTM_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(TM_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PTM_EXT)dev->DeviceExtension;
    ext->Echoes = 0;
    ext->DpcRuns = 0;
    KeInitializeDpc(&ext->Dpc, TmDpc, ext);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = TmDeviceControl;
    drv->DriverUnload = TmUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
