/* C++ version of clean_pt006_remove_frees_object_it_is_given.c: the FDO a
 * device extension points to is freed at IRP_MN_REMOVE_DEVICE through the
 * parameter the PnP handler was given (`FdoDestroy(PFDO Fdo)`). C++ spells
 * the parameter's type `_FDO *`, without `struct`; it must still match the
 * field's (a false PT006 before). Twin: pt006_cpp_remove_frees_other_object.cpp. */
#include <ntddk.h>

#define FDO_TAG 'ODF_'

typedef struct _FDO {
    PDEVICE_OBJECT Lower;
    LONG References;
} FDO, *PFDO;

typedef struct _DX {
    PDEVICE_OBJECT DeviceObject;
    PFDO Fdo;
} DX, *PDX;

DRIVER_UNLOAD FdoUnload;
DRIVER_ADD_DEVICE FdoAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH FdoDispatch;

static VOID FdoDestroy(PFDO Fdo)
{
    IoDetachDevice(Fdo->Lower);
    ExFreePoolWithTag(Fdo, FDO_TAG);
}

static NTSTATUS FdoRemoveDevice(PFDO Fdo, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    NTSTATUS status = IoCallDriver(Fdo->Lower, Irp);
    if (InterlockedDecrement(&Fdo->References) == 0) FdoDestroy(Fdo);
    return status;
}

static NTSTATUS FdoDispatchPnp(PFDO Fdo, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    switch (stack->MinorFunction) {
    case IRP_MN_REMOVE_DEVICE:
        return FdoRemoveDevice(Fdo, Irp);
    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(Fdo->Lower, Irp);
    }
}

NTSTATUS FdoDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDX Dx = (PDX)DeviceObject->DeviceExtension;
    PFDO Fdo = Dx->Fdo;
    return FdoDispatchPnp(Fdo, Irp);
}

NTSTATUS FdoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DX), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    PDX Dx = (PDX)fdo->DeviceExtension;
    PFDO Fdo = (PFDO)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(FDO), FDO_TAG);
    if (Fdo == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_MEMORY;
    }
    Fdo->References = 1;
    Fdo->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    Dx->DeviceObject = fdo;
    Dx->Fdo = Fdo;
    return STATUS_SUCCESS;
}

VOID FdoUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_PNP] = FdoDispatch;
    DriverObject->DriverExtension->AddDevice = FdoAddDevice;
    DriverObject->DriverUnload = FdoUnload;
    return STATUS_SUCCESS;
}
