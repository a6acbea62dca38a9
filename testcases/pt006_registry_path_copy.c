/*
 * PT006: the registry path is copied into a global UNICODE_STRING whose
 * buffer DriverUnload never frees. DriverEntry frees it only on its own
 * error path, which does not count at unload.
 */
#include <ntddk.h>

#define REG_TAG 'geRD'

static UNICODE_STRING g_ServiceKey;

DRIVER_UNLOAD RegUnload;

VOID
RegUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    RtlZeroMemory(&g_ServiceKey, sizeof(g_ServiceKey));
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    g_ServiceKey.Buffer = ExAllocatePoolWithTag(PagedPool, RegistryPath->Length, REG_TAG);   // expect: PT006
    if (g_ServiceKey.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    g_ServiceKey.Length = 0;
    g_ServiceKey.MaximumLength = RegistryPath->Length;
    RtlCopyUnicodeString(&g_ServiceKey, RegistryPath);
    status = PsSetLoadImageNotifyRoutine(NULL);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(g_ServiceKey.Buffer, REG_TAG);
        return status;
    }
    DriverObject->DriverUnload = RegUnload;
    return STATUS_SUCCESS;
}
