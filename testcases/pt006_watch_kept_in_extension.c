/*
 * PT006: the watch is kept in the device extension and no unload path frees
 * it. (Twin: clean_pt006_watch_owned_by_its_thread.c, where a thread of the
 * driver owns the watch before the extension gets a copy of the pointer.)
 */
#include <ntddk.h>

#define WT_TAG 'hctW'

typedef struct _WATCH {
    PVOID Thread;
    ULONG Id;
} WATCH, *PWATCH;

typedef struct _DEV_EXT {
    PWATCH LastWatch;
} DEV_EXT, *PDEV_EXT;

PDEVICE_OBJECT g_Device;

NTSTATUS
AddWatch(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Id)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PWATCH w = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*w), WT_TAG);   // expect: PT006

    if (w == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    w->Id = Id;
    w->Thread = NULL;
    ext->LastWatch = w;
    return STATUS_SUCCESS;
}

DRIVER_UNLOAD DriverUnload;

VOID
DriverUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DriverUnload;
    return IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Device);
}
