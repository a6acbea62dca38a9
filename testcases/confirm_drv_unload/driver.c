/* Confirmation driver "unload": a WDM driver that keeps a table in its device
 * extension and a cache in a global, and whose DriverUnload frees neither
 * (Driver Verifier: bug check 0xC4/0x62). Every other block is freed. The
 * static rule for this is PT006 (unload-leak); until the analyzer reports it,
 * the shim's reports of these sites stay runtime-only results. */
#include <ntddk.h>
#include "ioctl.h"

typedef struct _UL_EXT {
    KDPC Dpc;
    PUCHAR Table;     /* 256 bytes, DriverEntry */
    PUCHAR Scratch;   /* 128 bytes, DriverEntry */
    ULONG Ticks;
} UL_EXT, *PUL_EXT;

static PUCHAR g_cache;

DRIVER_INITIALIZE DriverEntry;

static VOID UlDpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PUL_EXT ext = (PUL_EXT)ctx;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    ext->Ticks++;
    ext->Table[ext->Ticks % 256] = (UCHAR)ext->Ticks;
}

static NTSTATUS UlFillCache(void)
{
    if (g_cache != NULL)
        return STATUS_SUCCESS;
    g_cache = (PUCHAR)ExAllocatePoolWithTag(PagedPool, 512, 'hClU'); /* runtime: PT006 confirmed */   // expect: PT006
    if (g_cache == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    g_cache[0] = 1;
    return STATUS_SUCCESS;
}

static NTSTATUS UlDeviceControl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    PUL_EXT ext = (PUL_EXT)dev->DeviceExtension;
    NTSTATUS st;
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_UL_CACHE:
        st = UlFillCache();
        break;
    case IOCTL_UL_TICK:
        KeInsertQueueDpc(&ext->Dpc, NULL, NULL);
        st = STATUS_SUCCESS;
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

static VOID UlUnload(PDRIVER_OBJECT drv)
{
    PUL_EXT ext = (PUL_EXT)drv->DeviceObject->DeviceExtension;
    KeRemoveQueueDpc(&ext->Dpc);
    ExFreePoolWithTag(ext->Scratch, 'cSlU');
    /* bug: ext->Table and g_cache are never freed */
    IoDeleteDevice(drv->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    PUL_EXT ext;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    st = IoCreateDevice(drv, sizeof(UL_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st))
        return st;
    ext = (PUL_EXT)dev->DeviceExtension;
    ext->Ticks = 0;
    ext->Table = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, 256, 'bTlU'); /* runtime: PT006 confirmed */   // expect: PT006
    if (ext->Table == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ext->Scratch = (PUCHAR)ExAllocatePoolWithTag(PagedPool, 128, 'cSlU');
    if (ext->Scratch == NULL) {
        ExFreePoolWithTag(ext->Table, 'bTlU');
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&ext->Dpc, UlDpc, ext);
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = UlDeviceControl;
    drv->DriverUnload = UlUnload;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
