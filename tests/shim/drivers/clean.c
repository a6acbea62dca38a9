/* A WDM driver that uses every family the shim tracks and handles every
 * failure: it must come out with zero events in every sweep run. */
#include <ntddk.h>
#include <ndis.h>
#include "pt_shim.h"

#define IOCTL_CL_WORK CTL_CODE(FILE_DEVICE_UNKNOWN, 0x850, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CL_DPC CTL_CODE(FILE_DEVICE_UNKNOWN, 0x851, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _REQ {
    LIST_ENTRY Link;
    ULONG Id;
} REQ;

static NPAGED_LOOKASIDE_LIST g_lookaside;
static LIST_ENTRY g_pending;
static KSPIN_LOCK g_lock;
static KDPC g_dpc;
static KTIMER g_timer;
static PVOID g_table;

/* Runs at DISPATCH_LEVEL: nonpaged, no quota. */
static VOID DpcRoutine(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    REQ *r;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(ctx);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    r = ExAllocateFromNPagedLookasideList(&g_lookaside);
    if (r == NULL)
        return;
    r->Id = 7;
    KeAcquireSpinLockAtDpcLevel(&g_lock);
    InsertTailList(&g_pending, &r->Link);
    KeReleaseSpinLockFromDpcLevel(&g_lock);
}

static NTSTATUS ConvertName(void)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    NTSTATUS st;
    RtlInitAnsiString(&a, "pooltrack");
    st = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(st))
        return st;
    RtlFreeUnicodeString(&u);
    return STATUS_SUCCESS;
}

static NTSTATUS LockAndSend(PUCHAR buf, ULONG len)
{
    PMDL mdl;
    PIRP irp = IoAllocateIrp(2, FALSE);
    if (irp == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    mdl = IoAllocateMdl(buf, len, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        IoFreeIrp(irp);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
    MmUnlockPages(mdl);
    IoFreeMdl(mdl);
    IoFreeIrp(irp);
    return STATUS_SUCCESS;
}

static NTSTATUS DoWork(void)
{
    PHYSICAL_ADDRESS high;
    PUCHAR buf, dma;
    PVOID nd;
    NTSTATUS st;
    buf = ExAllocatePoolZero(NonPagedPoolNx, 256, 'fBlC');
    if (buf == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    high.QuadPart = -1;
    dma = MmAllocateContiguousMemory(4096, high);
    if (dma == NULL) {
        st = STATUS_INSUFFICIENT_RESOURCES;
        goto out_buf;
    }
    nd = NdisAllocateMemoryWithTagPriority((NDIS_HANDLE)&g_table, 64, 'dNlC', NormalPoolPriority);
    if (nd == NULL) {
        st = STATUS_INSUFFICIENT_RESOURCES;
        goto out_dma;
    }
    st = LockAndSend(buf, 256);
    if (NT_SUCCESS(st))
        st = ConvertName();
    NdisFreeMemoryWithTagPriority((NDIS_HANDLE)&g_table, nd, 'dNlC');
out_dma:
    MmFreeContiguousMemory(dma);
out_buf:
    ExFreePoolWithTag(buf, 'fBlC');
    return st;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st = STATUS_SUCCESS;
    LARGE_INTEGER due;
    UNREFERENCED_PARAMETER(dev);
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_CL_WORK: st = DoWork(); break;
    case IOCTL_CL_DPC:
        KeInsertQueueDpc(&g_dpc, NULL, NULL);
        due.QuadPart = -10000;
        KeSetTimer(&g_timer, due, &g_dpc);
        break;
    default: st = STATUS_INVALID_DEVICE_REQUEST; break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    KIRQL old;
    KeCancelTimer(&g_timer);
    KeRemoveQueueDpc(&g_dpc);
    KeAcquireSpinLock(&g_lock, &old);
    while (!IsListEmpty(&g_pending)) {
        REQ *r = CONTAINING_RECORD(RemoveHeadList(&g_pending), REQ, Link);
        ExFreeToNPagedLookasideList(&g_lookaside, r);
    }
    KeReleaseSpinLock(&g_lock, old);
    ExDeleteNPagedLookasideList(&g_lookaside);
    ExFreePoolWithTag(g_table, 'bTlC');
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    g_table = ExAllocatePool2(POOL_FLAG_NON_PAGED, 128, 'bTlC');
    if (g_table == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st)) {
        ExFreePoolWithTag(g_table, 'bTlC');
        return st;
    }
    InitializeListHead(&g_pending);
    KeInitializeSpinLock(&g_lock);
    ExInitializeNPagedLookasideList(&g_lookaside, NULL, NULL, 0, sizeof(REQ), 'qRlC', 0);
    KeInitializeDpc(&g_dpc, DpcRoutine, NULL);
    KeInitializeTimer(&g_timer);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
