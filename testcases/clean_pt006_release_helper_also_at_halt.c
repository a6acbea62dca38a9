/* The release helper that AddDevice's error path calls is also what the
 * remove path reaches through code the call graph cannot follow (here a
 * routine called through a table): the field is released, not leaked. */
#include <ntddk.h>

#define EXT_TAG 'txEH'

typedef struct _DEVICE_EXTENSION { PDEVICE_OBJECT Lower; PVOID Table; } DEVICE_EXTENSION, *PDEVICE_EXTENSION;
typedef VOID (*RELEASE_FN)(PDEVICE_EXTENSION);

DRIVER_ADD_DEVICE HAddDevice;
DRIVER_UNLOAD HUnload;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH HPnp;

static VOID ReleaseTable(_In_ PDEVICE_EXTENSION Ext)
{
    if (Ext->Table) {
        ExFreePoolWithTag(Ext->Table, EXT_TAG);
        Ext->Table = NULL;
    }
}

/* called by the remove path through a table the driver fills at run time */
VOID ReleaseAll(_In_ PDEVICE_EXTENSION Ext)
{
    ReleaseTable(Ext);
}

RELEASE_FN g_Release[4];

NTSTATUS HAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT dev;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DEVICE_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status))
        return status;
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)dev->DeviceExtension;
    ext->Table = ExAllocatePoolWithTag(PagedPool, 1024, EXT_TAG);
    ext->Lower = IoAttachDeviceToDeviceStack(dev, Pdo);
    if (!ext->Lower) {
        ReleaseTable(ext);
        IoDeleteDevice(dev);
        return STATUS_NO_SUCH_DEVICE;
    }
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

NTSTATUS HPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        g_Release[stack->MinorFunction & 3](ext);
        IoSkipCurrentIrpStackLocation(Irp);
        NTSTATUS status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(lower, Irp);
}

VOID HUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = HAddDevice;
    DriverObject->DriverUnload = HUnload;
    DriverObject->MajorFunction[IRP_MJ_PNP] = HPnp;
    g_Release[IRP_MN_REMOVE_DEVICE & 3] = ReleaseAll;
    return STATUS_SUCCESS;
}
