/*
 * Clean: everything DriverEntry keeps is released at unload, through
 * helpers: one frees the device extension's buffers, one drains a list
 * with RemoveHeadList, one takes the global through a local copy.
 */
#include <ntddk.h>

#define HLP_TAG 'plHD'

typedef struct _HLP_EXTENSION {
    PVOID Buffer;
    PVOID Table;
    LIST_ENTRY Requests;
} HLP_EXTENSION, *PHLP_EXTENSION;

typedef struct _HLP_REQUEST {
    LIST_ENTRY Link;
    ULONG Id;
} HLP_REQUEST, *PHLP_REQUEST;

static PVOID g_Shared;

DRIVER_UNLOAD HlpUnload;

static VOID
FreeExtension(_In_ PHLP_EXTENSION Ext)
{
    if (Ext->Buffer != NULL) {
        ExFreePoolWithTag(Ext->Buffer, HLP_TAG);
        Ext->Buffer = NULL;
    }
    if (Ext->Table != NULL) {
        ExFreePoolWithTag(Ext->Table, HLP_TAG);
        Ext->Table = NULL;
    }
}

static VOID
DrainRequests(_In_ PHLP_EXTENSION Ext)
{
    while (!IsListEmpty(&Ext->Requests)) {
        PLIST_ENTRY le = RemoveHeadList(&Ext->Requests);
        ExFreePoolWithTag(CONTAINING_RECORD(le, HLP_REQUEST, Link), HLP_TAG);
    }
}

static NTSTATUS
QueueRequest(_In_ PHLP_EXTENSION Ext, _In_ ULONG Id)
{
    PHLP_REQUEST req = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*req), HLP_TAG);

    if (req == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    req->Id = Id;
    InsertTailList(&Ext->Requests, &req->Link);
    return STATUS_SUCCESS;
}

VOID
HlpUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PHLP_EXTENSION ext = (PHLP_EXTENSION)DriverObject->DeviceObject->DeviceExtension;
    PVOID shared = g_Shared;

    g_Shared = NULL;
    if (shared != NULL) {
        ExFreePoolWithTag(shared, HLP_TAG);
    }
    DrainRequests(ext);
    FreeExtension(ext);
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PHLP_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(HLP_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PHLP_EXTENSION)dev->DeviceExtension;
    InitializeListHead(&ext->Requests);
    ext->Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 512, HLP_TAG);
    ext->Table = ExAllocatePoolWithTag(PagedPool, 512, HLP_TAG);
    g_Shared = ExAllocatePoolWithTag(NonPagedPoolNx, 64, HLP_TAG);
    DriverObject->DriverUnload = HlpUnload;
    return QueueRequest(ext, 1);
}
