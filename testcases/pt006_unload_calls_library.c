/*
 * PT006 with an unload path into code the run cannot see: DrvUnload calls
 * LibShutdown, which has no body here (a static library of the project). It
 * may free any global, so g_Shared is not reported; but it is given no
 * pointer to the device extension, so the extension's buffer that nothing
 * frees is still a leak at unload.
 */
#include <ntddk.h>

#define DRV_TAG 'bLvD'

typedef struct _DRV_EXTENSION {
    PVOID Scratch;
} DRV_EXTENSION, *PDRV_EXTENSION;

PVOID g_Shared;
VOID LibShutdown(VOID);   /* in the project's library: no body in this run */
DRIVER_UNLOAD DrvUnload;

VOID
DrvUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT dev = DriverObject->DeviceObject;
    LibShutdown();
    IoDeleteDevice(dev);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDRV_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DRV_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDRV_EXTENSION)dev->DeviceExtension;
    g_Shared = ExAllocatePool2(POOL_FLAG_NON_PAGED, 128, DRV_TAG);
    ext->Scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, 512, DRV_TAG);   // expect: PT006
    if (g_Shared == NULL || ext->Scratch == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->DriverUnload = DrvUnload;
    return STATUS_SUCCESS;
}
