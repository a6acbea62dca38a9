/* Confirmation driver "clean": the same mechanics as the buggy confirmation
 * drivers (device-extension state, a request list, a timer DPC allocating at
 * DISPATCH_LEVEL without quota, locked pages, unload) with every block freed
 * and every failure handled. It must come out clean statically and in every
 * run of the failure-injection sweep. */
#include <ntddk.h>
#include "ioctl.h"

typedef struct _CD_REQ {
    LIST_ENTRY Link;
    ULONG Value;
} CD_REQ, *PCD_REQ;

typedef struct _CD_EXT {
    KDPC Dpc;
    KTIMER Timer;
    KSPIN_LOCK Lock;
    LIST_ENTRY Pending;
    PUCHAR Table;      /* 128 bytes, freed in unload */
    ULONG Ticks;
} CD_EXT, *PCD_EXT;

DRIVER_INITIALIZE DriverEntry;

static VOID CdDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PCD_EXT ext = (PCD_EXT)ctx;
    PCD_REQ req;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    req = (PCD_REQ)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(CD_REQ), 'qRdC');
    if (req == NULL)
        return;
    req->Value = ++ext->Ticks;
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    InsertTailList(&ext->Pending, &req->Link);
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

static ULONG CdDrain(PCD_EXT ext)
{
    KIRQL old;
    ULONG sum = 0;
    KeAcquireSpinLock(&ext->Lock, &old);
    while (!IsListEmpty(&ext->Pending)) {
        PCD_REQ req = CONTAINING_RECORD(RemoveHeadList(&ext->Pending), CD_REQ, Link);
        sum += req->Value;
        ExFreePoolWithTag(req, 'qRdC');
    }
    KeReleaseSpinLock(&ext->Lock, old);
    return sum;
}

static NTSTATUS CdLock(PCD_EXT ext)
{
    PMDL mdl = IoAllocateMdl(ext->Table, 128, FALSE, FALSE, NULL);
    PUCHAR bounce;
    if (mdl == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
    bounce = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, 128, 'bBdC');
    if (bounce == NULL) {
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    bounce[0] = ext->Table[0];
    ExFreePoolWithTag(bounce, 'bBdC');
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    return STATUS_SUCCESS;
}

static NTSTATUS CdDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PCD_EXT ext = (PCD_EXT)dev->DeviceExtension;
    NTSTATUS st = STATUS_SUCCESS;
    ULONG_PTR info = 0;
    LARGE_INTEGER due;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_CD_QUEUE:
        KeInsertQueueDpc(&ext->Dpc, NULL, NULL);
        break;
    case IOCTL_CD_START:
        due.QuadPart = -10 * 1000 * 10;   /* 10 ms, relative */
        KeSetTimer(&ext->Timer, due, &ext->Dpc);
        break;
    case IOCTL_CD_DRAIN:
        if (s->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            st = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        *(PULONG)irp->AssociatedIrp.SystemBuffer = CdDrain(ext);
        info = sizeof(ULONG);
        break;
    case IOCTL_CD_LOCK:
        st = CdLock(ext);
        break;
    default:
        st = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = info;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID CdUnload(PDRIVER_OBJECT drv)
{
    PCD_EXT ext = (PCD_EXT)drv->DeviceObject->DeviceExtension;
    KeCancelTimer(&ext->Timer);
    KeRemoveQueueDpc(&ext->Dpc);
    CdDrain(ext);
    ExFreePoolWithTag(ext->Table, 'bTdC');
    ext->Table = NULL;
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PCD_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(CD_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PCD_EXT)dev->DeviceExtension;
    ext->Ticks = 0;
    KeInitializeSpinLock(&ext->Lock);
    InitializeListHead(&ext->Pending);
    ext->Table = (PUCHAR)ExAllocatePoolWithTag(PagedPool, 128, 'bTdC');
    if (ext->Table == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&ext->Dpc, CdDpc, ext);
    KeInitializeTimer(&ext->Timer);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = CdDeviceControl;
    drv->DriverUnload = CdUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
