/* A WDM driver that charges quota from its DPC routine (queued directly and
 * from a timer): a random process pays, or the Idle process crashes. The
 * same allocation at PASSIVE_LEVEL from the IOCTL path is fine. */
#include <ntddk.h>
#include "pt_shim.h"

#define IOCTL_QD_QUEUE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x830, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QD_TIMER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x831, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_QD_PASSIVE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x832, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define QD_POOL ((POOL_TYPE)(NonPagedPoolNx | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE))

static KDPC g_dpc;
static KTIMER g_timer;
static ULONG g_runs;

static VOID DpcRoutine(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PVOID p;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(ctx);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    p = ExAllocatePoolWithQuotaTag(QD_POOL, 32, 'tQpD');   /* site:dpc_quota */
    if (p != NULL)
        ExFreePoolWithTag(p, 'tQpD');
    g_runs++;
}

static NTSTATUS PassiveQuota(void)
{
    PVOID p = ExAllocatePoolWithQuotaTag(QD_POOL, 32, 'tQpD');
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, 'tQpD');
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st = STATUS_SUCCESS;
    LARGE_INTEGER due;
    UNREFERENCED_PARAMETER(dev);
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_QD_QUEUE: KeInsertQueueDpc(&g_dpc, NULL, NULL); break;
    case IOCTL_QD_TIMER:
        due.QuadPart = -10 * 1000 * 10;   /* 10 ms, relative */
        KeSetTimer(&g_timer, due, &g_dpc);
        break;
    case IOCTL_QD_PASSIVE: st = PassiveQuota(); break;
    default: st = STATUS_INVALID_DEVICE_REQUEST; break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    KeCancelTimer(&g_timer);
    KeRemoveQueueDpc(&g_dpc);
    IoDeleteDevice(drv->DeviceObject);
}

ULONG QuotaDpcRuns(void) { return g_runs; }

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    KeInitializeDpc(&g_dpc, DpcRoutine, NULL);
    KeInitializeTimer(&g_timer);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
