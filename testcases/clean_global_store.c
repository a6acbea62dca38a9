/*
 * Clean: allocations stored into globals (a plain global pointer, a global
 * struct's field, a global array slot) are owned by the driver and freed in
 * DriverUnload. Replacing a global frees the previous value first.
 */
#include <ntddk.h>

#define GLB_TAG 'blGD'
#define MAX_SLOTS 4

typedef struct _GLOBALS {
    PVOID Config;
    ULONG ConfigLength;
    PVOID Slots[MAX_SLOTS];
} GLOBALS;

static GLOBALS g_Driver;
static PUNICODE_STRING g_RegistryPathCopy;

DRIVER_UNLOAD GlobalUnload;

static NTSTATUS
SaveRegistryPath(_In_ PCUNICODE_STRING RegistryPath)
{
    PUNICODE_STRING copy;

    copy = ExAllocatePoolWithTag(PagedPool, sizeof(UNICODE_STRING) + RegistryPath->Length,
                                 GLB_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    copy->Buffer = (PWCH)(copy + 1);
    copy->Length = 0;
    copy->MaximumLength = RegistryPath->Length;
    RtlCopyUnicodeString(copy, RegistryPath);
    g_RegistryPathCopy = copy;
    return STATUS_SUCCESS;
}

NTSTATUS
SetConfig(_In_reads_bytes_(Length) PVOID Data, _In_ ULONG Length)
{
    PVOID cfg = ExAllocatePoolWithTag(PagedPool, Length, GLB_TAG);

    if (cfg == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(cfg, Data, Length);
    if (g_Driver.Config != NULL) {
        ExFreePoolWithTag(g_Driver.Config, GLB_TAG);
    }
    g_Driver.Config = cfg;
    g_Driver.ConfigLength = Length;
    return STATUS_SUCCESS;
}

NTSTATUS
FillSlot(_In_ ULONG Index)
{
    if (Index >= MAX_SLOTS || g_Driver.Slots[Index] != NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    g_Driver.Slots[Index] = ExAllocatePoolWithTag(NonPagedPoolNx, 64, GLB_TAG);
    return g_Driver.Slots[Index] != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

VOID
GlobalUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    ULONG i;

    UNREFERENCED_PARAMETER(DriverObject);
    for (i = 0; i < MAX_SLOTS; i++) {
        if (g_Driver.Slots[i] != NULL) {
            ExFreePoolWithTag(g_Driver.Slots[i], GLB_TAG);
            g_Driver.Slots[i] = NULL;
        }
    }
    if (g_Driver.Config != NULL) {
        ExFreePoolWithTag(g_Driver.Config, GLB_TAG);
    }
    if (g_RegistryPathCopy != NULL) {
        ExFreePoolWithTag(g_RegistryPathCopy, GLB_TAG);
    }
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status = SaveRegistryPath(RegistryPath);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->DriverUnload = GlobalUnload;
    return STATUS_SUCCESS;
}
