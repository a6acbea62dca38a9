/*
 * PT006 across files: DriverEntry (init.c) allocates through a wrapper
 * (util.c) into the device extension and a global; DriverUnload (unload.c)
 * releases the rings through a helper (util.c) but neither it nor the helper
 * frees the firmware image or the registry copy.
 */
#include "chain.h"

PVOID g_ChnRegistry;

NTSTATUS
ChnStart(_In_ PDEVICE_OBJECT Device)
{
    PCHN_EXTENSION ext = (PCHN_EXTENSION)Device->DeviceExtension;

    ext->RxRing = ChnAllocate(4096);
    ext->TxRing = ChnAllocate(4096);
    ext->Firmware = ChnAllocate(65536);   // expect: PT006
    if (ext->RxRing == NULL || ext->TxRing == NULL || ext->Firmware == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(CHN_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_ChnRegistry = ExAllocatePoolWithTag(PagedPool, RegistryPath->Length, CHN_TAG);   // expect: PT006
    if (g_ChnRegistry == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(g_ChnRegistry, RegistryPath->Buffer, RegistryPath->Length);
    DriverObject->DriverUnload = ChnUnload;
    return ChnStart(dev);
}
