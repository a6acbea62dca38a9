/* Multi-file case, part 1: DriverEntry, AddDevice, Unload (all clean). */
#include "filter.h"

LIST_ENTRY g_FltDevices;

NTSTATUS
FltAddDevice(_In_ PDRIVER_OBJECT DriverObject, _In_ PDEVICE_OBJECT Pdo)
{
    NTSTATUS status;
    PDEVICE_OBJECT dev;
    PFLT_EXTENSION ext;

    status = IoCreateDevice(DriverObject, sizeof(FLT_EXTENSION), NULL, FILE_DEVICE_UNKNOWN,
                            0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = dev->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
    ext->Self = dev;
    InitializeListHead(&ext->Requests);
    KeInitializeSpinLock(&ext->RequestsLock);
    ext->DebugLog = FLT_ALLOC(PAGE_SIZE);          /* kept in the extension */
    ext->Lower = IoAttachDeviceToDeviceStack(dev, Pdo);
    if (ext->Lower == NULL) {
        if (ext->DebugLog != NULL) {
            FLT_FREE(ext->DebugLog);
        }
        IoDeleteDevice(dev);
        return STATUS_NO_SUCH_DEVICE;
    }
    dev->Flags |= ext->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID
FltUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    ULONG i;

    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeListHead(&g_FltDevices);
    for (i = 0; i <= IRP_MJ_MAXIMUM_FUNCTION; i++) {
        DriverObject->MajorFunction[i] = FltDispatchPassThrough;
    }
    DriverObject->MajorFunction[IRP_MJ_WRITE] = FltDispatchWrite;
    DriverObject->DriverExtension->AddDevice = FltAddDevice;
    DriverObject->DriverUnload = FltUnload;
    return STATUS_SUCCESS;
}
