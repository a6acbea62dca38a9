/* Confirmation driver "dpcquota": a WDM driver whose timer DPC charges pool
 * quota (the process it charges is whichever one the DPC interrupted; in the
 * Idle process it crashes). The submit IOCTL does the same allocation at
 * PASSIVE_LEVEL, which is correct. A second quota allocation sits behind a
 * mode the scenario never selects: reported statically, not reproduced. */
#include <ntddk.h>
#include "ioctl.h"

#define DQ_POOL ((POOL_TYPE)(NonPagedPoolNx | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE))

typedef struct _DQ_EXT {
    KDPC Dpc;
    KTIMER Timer;
    ULONG Mode;
    ULONG Samples;
} DQ_EXT, *PDQ_EXT;

DRIVER_INITIALIZE DriverEntry;

static VOID DqSampleWide(PDQ_EXT ext)
{
    PULONG wide = (PULONG)ExAllocatePoolWithQuotaTag(DQ_POOL, 64, 'wQqD'); /* runtime: PT007 not_reproduced */ // expect: PT007
    if (wide == NULL)
        return;
    wide[0] = ext->Samples;
    ext->Samples += wide[0] & 1;
    ExFreePoolWithTag(wide, 'wQqD');
}

static VOID DqDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PDQ_EXT ext = (PDQ_EXT)ctx;
    PULONG sample;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    if (ext->Mode == 2) {
        DqSampleWide(ext);
        return;
    }
    sample = (PULONG)ExAllocatePoolWithQuotaTag(DQ_POOL, sizeof(ULONG), 'sQqD'); /* runtime: PT007 confirmed */ // expect: PT007
    if (sample == NULL)
        return;
    *sample = ext->Samples + 1;
    ext->Samples = *sample;
    ExFreePoolWithTag(sample, 'sQqD');
}

/* PASSIVE_LEVEL, in the caller's process: charging quota is right here. */
static NTSTATUS DqSubmit(PDQ_EXT ext, ULONG len)
{
    PUCHAR req = (PUCHAR)ExAllocatePoolWithQuotaTag(DQ_POOL, len ? len : 1, 'rQqD');
    if (req == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    req[0] = (UCHAR)ext->Samples;
    ExFreePoolWithTag(req, 'rQqD');
    return STATUS_SUCCESS;
}

static NTSTATUS DqDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PDQ_EXT ext = (PDQ_EXT)dev->DeviceExtension;
    NTSTATUS st = STATUS_SUCCESS;
    LARGE_INTEGER due;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DQ_START:
        due.QuadPart = -10 * 1000 * 10;   /* 10 ms, relative */
        KeSetTimer(&ext->Timer, due, &ext->Dpc);
        break;
    case IOCTL_DQ_SUBMIT:
        st = DqSubmit(ext, s->Parameters.DeviceIoControl.InputBufferLength);
        break;
    case IOCTL_DQ_MODE:
        if (s->Parameters.DeviceIoControl.InputBufferLength >= sizeof(ULONG))
            ext->Mode = *(PULONG)irp->AssociatedIrp.SystemBuffer;
        else
            st = STATUS_BUFFER_TOO_SMALL;
        break;
    default:
        st = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DqUnload(PDRIVER_OBJECT drv)
{
    PDQ_EXT ext = (PDQ_EXT)drv->DeviceObject->DeviceExtension;
    KeCancelTimer(&ext->Timer);
    KeRemoveQueueDpc(&ext->Dpc);
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PDQ_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(DQ_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PDQ_EXT)dev->DeviceExtension;
    ext->Mode = 1;
    ext->Samples = 0;
    KeInitializeDpc(&ext->Dpc, DqDpc, ext);
    KeInitializeTimer(&ext->Timer);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DqDeviceControl;
    drv->DriverUnload = DqUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
