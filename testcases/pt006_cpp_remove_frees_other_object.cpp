/* C++ twin of clean_cpp_pt006_remove_frees_object_it_is_given.cpp: the
 * remove path frees a parameter of another type (the statistics block), so
 * the FDO kept in Dx->Fdo is still never freed at unload. */
#include <ntddk.h>

#define FDO_TAG 'ODF_'

typedef struct _FDO {
    PDEVICE_OBJECT Lower;
    LONG References;
} FDO, *PFDO;

typedef struct _STATS {
    ULONG Count;
} STATS, *PSTATS;

typedef struct _DX {
    PDEVICE_OBJECT DeviceObject;
    PFDO Fdo;
    PSTATS Stats;
} DX, *PDX;

DRIVER_UNLOAD FdoUnload;
DRIVER_ADD_DEVICE FdoAddDevice;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH FdoDispatch;

static VOID StatsDestroy(PSTATS Stats)
{
    ExFreePoolWithTag(Stats, FDO_TAG);
}

static NTSTATUS FdoRemoveDevice(PFDO Fdo, PSTATS Stats, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    NTSTATUS status = IoCallDriver(Fdo->Lower, Irp);
    if (InterlockedDecrement(&Fdo->References) == 0) StatsDestroy(Stats);
    return status;
}

static NTSTATUS FdoDispatchPnp(PFDO Fdo, PSTATS Stats, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    switch (stack->MinorFunction) {
    case IRP_MN_REMOVE_DEVICE:
        return FdoRemoveDevice(Fdo, Stats, Irp);
    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(Fdo->Lower, Irp);
    }
}

NTSTATUS FdoDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDX Dx = (PDX)DeviceObject->DeviceExtension;
    PFDO Fdo = Dx->Fdo;
    return FdoDispatchPnp(Fdo, Dx->Stats, Irp);
}

NTSTATUS FdoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    NTSTATUS status = IoCreateDevice(DriverObject, sizeof(DX), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &fdo);
    if (!NT_SUCCESS(status)) return status;
    PDX Dx = (PDX)fdo->DeviceExtension;
    PFDO Fdo = (PFDO)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(FDO), FDO_TAG);   // expect: PT006
    if (Fdo == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_MEMORY;
    }
    Fdo->References = 1;
    Fdo->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    Dx->DeviceObject = fdo;
    Dx->Fdo = Fdo;
    Dx->Stats = NULL;
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
