/*
 * PT005 leak on an NTSTATUS failure: the device-extension buffer is allocated
 * before IoCreateDevice, and the failure return forgets it. In the Good twin
 * the status-constant path (status = STATUS_INSUFFICIENT_RESOURCES; goto)
 * must be followed precisely: the early exit happens before any allocation.
 */
#include <ntddk.h>

#define DEV_TAG 'veDS'

typedef struct _SAMPLE_EXT {
    PDEVICE_OBJECT Self;
    PVOID Scratch;
} SAMPLE_EXT, *PSAMPLE_EXT;

NTSTATUS
SampleCreateDeviceBad(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING Name,
                      _Out_ PDEVICE_OBJECT *Device)
{
    NTSTATUS status;
    PDEVICE_OBJECT dev = NULL;
    PVOID scratch;

    scratch = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, DEV_TAG);   // expect: PT005
    if (scratch == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCreateDevice(DriverObject, sizeof(SAMPLE_EXT), Name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ((PSAMPLE_EXT)dev->DeviceExtension)->Self = dev;
    ((PSAMPLE_EXT)dev->DeviceExtension)->Scratch = scratch;
    *Device = dev;
    return STATUS_SUCCESS;
}

NTSTATUS
SampleCreateDeviceGood(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING Name,
                       _Out_ PDEVICE_OBJECT *Device)
{
    NTSTATUS status;
    PDEVICE_OBJECT dev = NULL;
    PVOID scratch;
    PSAMPLE_EXT ext;

    scratch = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, DEV_TAG);
    if (scratch == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }
    status = IoCreateDevice(DriverObject, sizeof(SAMPLE_EXT), Name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(scratch, DEV_TAG);
        goto Exit;
    }
    ext = dev->DeviceExtension;
    ext->Self = dev;
    ext->Scratch = scratch;
    *Device = dev;
Exit:
    return status;
}
