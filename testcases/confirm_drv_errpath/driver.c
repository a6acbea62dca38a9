/* Confirmation driver "errpath": a WDM driver whose configure IOCTL loses its
 * context block when the second allocation fails. The clean run never takes
 * that path; only the failure-injection sweep does (PT005, confirmed by the
 * sweep). Lines marked "runtime:" say what pooltrack-confirm must conclude. */
#include <ntddk.h>
#include "ioctl.h"

typedef struct _EP_EXT {
    KDPC Dpc;
    ULONG Configured;
    ULONG DpcRuns;
} EP_EXT, *PEP_EXT;

DRIVER_INITIALIZE DriverEntry;

/* Runs at DISPATCH_LEVEL: nonpaged, no quota, freed before returning. */
static VOID EpDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PEP_EXT ext = (PEP_EXT)ctx;
    PULONG sample;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    sample = (PULONG)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ULONG), 'sDpE');
    if (sample == NULL)
        return;
    *sample = ext->Configured;
    ext->DpcRuns += *sample;
    ExFreePoolWithTag(sample, 'sDpE');
}

static NTSTATUS EpConfigure(PEP_EXT ext, ULONG count)
{
    PUCHAR ctx, table;
    ULONG i;
    ctx = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'xCpE'); /* runtime: PT005 confirmed sweep */ // expect: PT005
    if (ctx == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    table = (PUCHAR)ExAllocatePoolWithTag(PagedPool, 16 * (SIZE_T)count, 'bTpE');
    if (table == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;   /* bug: ctx is lost */
    for (i = 0; i < count; i++)
        table[16 * i] = ctx[i % 64];
    ext->Configured = count;
    ExFreePoolWithTag(table, 'bTpE');
    ExFreePoolWithTag(ctx, 'xCpE');
    return STATUS_SUCCESS;
}

static NTSTATUS EpDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PEP_EXT ext = (PEP_EXT)dev->DeviceExtension;
    NTSTATUS st = STATUS_INVALID_DEVICE_REQUEST;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_EP_CONFIGURE:
        if (s->Parameters.DeviceIoControl.InputBufferLength >= sizeof(ULONG))
            st = EpConfigure(ext, *(PULONG)irp->AssociatedIrp.SystemBuffer);
        else
            st = STATUS_BUFFER_TOO_SMALL;
        break;
    case IOCTL_EP_KICK:
        KeInsertQueueDpc(&ext->Dpc, NULL, NULL);
        st = STATUS_SUCCESS;
        break;
    default:
        break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID EpUnload(PDRIVER_OBJECT drv)
{
    PEP_EXT ext = (PEP_EXT)drv->DeviceObject->DeviceExtension;
    KeRemoveQueueDpc(&ext->Dpc);
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PEP_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(EP_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PEP_EXT)dev->DeviceExtension;
    ext->Configured = 0;
    ext->DpcRuns = 0;
    KeInitializeDpc(&ext->Dpc, EpDpc, ext);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = EpDeviceControl;
    drv->DriverUnload = EpUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
