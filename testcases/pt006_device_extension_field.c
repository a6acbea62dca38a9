/*
 * PT006: AddDevice-time allocations kept in the device extension. The
 * IRP_MN_REMOVE_DEVICE handler frees the read buffer but forgets the
 * lookup table: it leaks each time the device is removed.
 */
#include <ntddk.h>

#define EXT_TAG 'txED'

typedef struct _DEVICE_EXTENSION {
    PDEVICE_OBJECT Lower;
    PVOID ReadBuffer;
    PVOID LookupTable;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

DRIVER_ADD_DEVICE ExtAddDevice;
DRIVER_UNLOAD ExtUnload;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH ExtPnp;

NTSTATUS
ExtAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT dev;
    PDEVICE_EXTENSION ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(DEVICE_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEVICE_EXTENSION)dev->DeviceExtension;
    ext->ReadBuffer = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, EXT_TAG);
    ext->LookupTable = ExAllocatePoolWithTag(PagedPool, 1024, EXT_TAG);   // expect: PT006
    if (ext->ReadBuffer == NULL || ext->LookupTable == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ext->Lower = IoAttachDeviceToDeviceStack(dev, Pdo);
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

NTSTATUS
ExtPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_REMOVE_DEVICE:
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        if (ext->ReadBuffer != NULL) {
            ExFreePoolWithTag(ext->ReadBuffer, EXT_TAG);
        }
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(lower, Irp);
    }
}

VOID
ExtUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = ExtAddDevice;
    DriverObject->MajorFunction[IRP_MJ_PNP] = ExtPnp;
    DriverObject->DriverUnload = ExtUnload;
    return STATUS_SUCCESS;
}
