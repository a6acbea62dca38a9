/* A WDM driver keeping a buffer in a global that DriverUnload forgets to
 * free (0xC4/0x62 under Driver Verifier); its list entries are freed. */
#include <ntddk.h>
#include "pt_shim.h"

#define IOCTL_UL_ADD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x810, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _ITEM {
    LIST_ENTRY Link;
    ULONG Value;
} ITEM;

static PVOID g_state;
static LIST_ENTRY g_items;
static KSPIN_LOCK g_lock;

static NTSTATUS AddItem(ULONG value)
{
    KIRQL old;
    ITEM *it = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtIU');
    if (it == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    it->Value = value;
    KeAcquireSpinLock(&g_lock, &old);
    InsertTailList(&g_items, &it->Link);
    KeReleaseSpinLock(&g_lock, old);
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st = STATUS_INVALID_DEVICE_REQUEST;
    UNREFERENCED_PARAMETER(dev);
    if (s->Parameters.DeviceIoControl.IoControlCode == IOCTL_UL_ADD &&
        s->Parameters.DeviceIoControl.InputBufferLength >= sizeof(ULONG))
        st = AddItem(*(ULONG *)irp->AssociatedIrp.SystemBuffer);
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    while (!IsListEmpty(&g_items)) {
        ITEM *it = CONTAINING_RECORD(RemoveHeadList(&g_items), ITEM, Link);
        ExFreePoolWithTag(it, 'mtIU');
    }
    /* bug: g_state is never freed */
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    InitializeListHead(&g_items);
    KeInitializeSpinLock(&g_lock);
    g_state = ExAllocatePoolWithTag(NonPagedPoolNx, 0x40, 'gaTM');   /* site:state */
    if (g_state == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st)) {
        ExFreePoolWithTag(g_state, 'gaTM');
        return st;
    }
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
