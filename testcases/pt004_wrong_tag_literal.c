/*
 * PT004 tag-mismatch: ExFreePoolWithTag with a tag other than the one the
 * block was allocated with (bug check 0xC2 under pool tagging). Reported at
 * the free. One literal typo, one reversed character order.
 */
#include <ntddk.h>

NTSTATUS
QueryNameTypoBad(_In_ PDEVICE_OBJECT Device)
{
    NTSTATUS status;
    ULONG length = 0;
    PVOID name;

    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, 0, NULL, &length);
    if (status != STATUS_BUFFER_TOO_SMALL) {
        return status;
    }
    name = ExAllocatePoolWithTag(PagedPool, length, 'maNQ');
    if (name == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, length, name, &length);
    if (NT_SUCCESS(status)) {
        DbgPrint("device: %ws\n", (PWCHAR)name);
    }
    ExFreePoolWithTag(name, 'mNaQ');      // expect: PT004
    return status;
}

NTSTATUS
QueryNameReversedBad(_In_ PDEVICE_OBJECT Device)
{
    NTSTATUS status;
    ULONG length = 0;
    PVOID name;

    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, 0, NULL, &length);
    if (status != STATUS_BUFFER_TOO_SMALL) {
        return status;
    }
    name = ExAllocatePoolWithTag(PagedPool, length, 'maNQ');
    if (name == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, length, name, &length);
    ExFreePoolWithTag(name, 'QNam');      // expect: PT004
    return status;
}

NTSTATUS
QueryNameGood(_In_ PDEVICE_OBJECT Device)
{
    NTSTATUS status;
    ULONG length = 0;
    PVOID name;

    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, 0, NULL, &length);
    if (status != STATUS_BUFFER_TOO_SMALL) {
        return status;
    }
    name = ExAllocatePoolWithTag(PagedPool, length, 'maNQ');
    if (name == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoGetDeviceProperty(Device, DevicePropertyFriendlyName, length, name, &length);
    ExFreePoolWithTag(name, 'maNQ');
    return status;
}
