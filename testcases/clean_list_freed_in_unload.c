/*
 * Clean: entries inserted into a global list (InsertTailList /
 * InsertHeadList) are owned by the list; DriverUnload drains and frees it.
 * The insert is a hand-over, not a leak.
 */
#include <ntddk.h>

#define WATCH_TAG 'hctW'

typedef struct _WATCH_ENTRY {
    LIST_ENTRY Link;
    HANDLE ProcessId;
    BOOLEAN Priority;
} WATCH_ENTRY, *PWATCH_ENTRY;

static LIST_ENTRY g_WatchList;
static KSPIN_LOCK g_WatchLock;

DRIVER_UNLOAD WatchUnload;

NTSTATUS
WatchAdd(_In_ HANDLE ProcessId, _In_ BOOLEAN Priority)
{
    KIRQL irql;
    PWATCH_ENTRY e = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*e), WATCH_TAG);

    if (e == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    e->ProcessId = ProcessId;
    e->Priority = Priority;
    KeAcquireSpinLock(&g_WatchLock, &irql);
    if (Priority) {
        InsertHeadList(&g_WatchList, &e->Link);
    } else {
        InsertTailList(&g_WatchList, &e->Link);
    }
    KeReleaseSpinLock(&g_WatchLock, irql);
    return STATUS_SUCCESS;
}

VOID
WatchRemove(_In_ HANDLE ProcessId)
{
    KIRQL irql;
    PLIST_ENTRY le;
    PWATCH_ENTRY found = NULL;

    KeAcquireSpinLock(&g_WatchLock, &irql);
    for (le = g_WatchList.Flink; le != &g_WatchList; le = le->Flink) {
        PWATCH_ENTRY e = CONTAINING_RECORD(le, WATCH_ENTRY, Link);
        if (e->ProcessId == ProcessId) {
            RemoveEntryList(&e->Link);
            found = e;
            break;
        }
    }
    KeReleaseSpinLock(&g_WatchLock, irql);
    if (found != NULL) {
        ExFreePoolWithTag(found, WATCH_TAG);
    }
}

VOID
WatchUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    while (!IsListEmpty(&g_WatchList)) {
        PLIST_ENTRY le = RemoveHeadList(&g_WatchList);
        ExFreePoolWithTag(CONTAINING_RECORD(le, WATCH_ENTRY, Link), WATCH_TAG);
    }
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeListHead(&g_WatchList);
    KeInitializeSpinLock(&g_WatchLock);
    DriverObject->DriverUnload = WatchUnload;
    return STATUS_SUCCESS;
}
