/*
 * Clean twin of pt006_watch_kept_in_extension.c: the watch is handed to a
 * thread of the driver (StartWatchThread keeps it in the thread object it
 * returns) before the extension and the caller's output buffer get copies
 * of the pointer: the thread owns it, the copies are not where it is kept.
 */
#include <ntddk.h>

#define WT_TAG 'hctW'

typedef struct _WATCH_THREAD {
    PVOID Context;
} WATCH_THREAD, *PWATCH_THREAD;

typedef struct _WATCH {
    PWATCH_THREAD Thread;
    ULONG Id;
} WATCH, *PWATCH;

typedef struct _DEV_EXT {
    PWATCH LastWatch;
} DEV_EXT, *PDEV_EXT;

typedef struct _ADD_WATCH_OUT {
    PVOID Context;
} ADD_WATCH_OUT, *PADD_WATCH_OUT;

PDEVICE_OBJECT g_Device;
PWATCH_THREAD g_Threads[8];
ULONG g_NextThread;

NTSTATUS
StartWatchThread(_In_ PVOID Context, _Out_ PWATCH_THREAD *Thread)
{
    PWATCH_THREAD t = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*t), WT_TAG);

    if (t == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    t->Context = Context;
    g_Threads[g_NextThread++ % 8] = t;
    *Thread = t;
    return STATUS_SUCCESS;
}

NTSTATUS
AddWatch(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Id, _Out_ PVOID Buffer)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PADD_WATCH_OUT out = Buffer;
    PWATCH w = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*w), WT_TAG);
    NTSTATUS status;

    if (w == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    w->Id = Id;
    status = StartWatchThread(w, &w->Thread);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(w, WT_TAG);
        return status;
    }
    ext->LastWatch = w;
    out->Context = w;
    return STATUS_SUCCESS;
}

DRIVER_UNLOAD DriverUnload;

VOID
DriverUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    ULONG i;

    for (i = 0; i < 8; i++) {
        if (g_Threads[i] != NULL) {
            ExFreePoolWithTag(g_Threads[i], WT_TAG);
        }
    }
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DriverUnload;
    return IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &g_Device);
}
