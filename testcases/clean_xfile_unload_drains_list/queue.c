/*
 * Clean across files: queue.c inserts items into a list in the device
 * extension and keeps a scratch buffer there; unload.c drains the list
 * through QueFlush (queue.c) and frees the scratch buffer.
 */
#include "queue.h"

NTSTATUS
QueAdd(_In_ PQUE_EXTENSION Ext, _In_ ULONG Value)
{
    PQUE_ITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*item), QUE_TAG);

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    ExInterlockedInsertTailList(&Ext->Items, &item->Link, &Ext->Lock);
    return STATUS_SUCCESS;
}

VOID
QueFlush(_In_ PQUE_EXTENSION Ext)
{
    PLIST_ENTRY le;

    while ((le = ExInterlockedRemoveHeadList(&Ext->Items, &Ext->Lock)) != NULL) {
        ExFreePoolWithTag(CONTAINING_RECORD(le, QUE_ITEM, Link), QUE_TAG);
    }
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PQUE_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(QUE_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PQUE_EXTENSION)dev->DeviceExtension;
    InitializeListHead(&ext->Items);
    KeInitializeSpinLock(&ext->Lock);
    ext->Scratch = ExAllocatePoolWithTag(NonPagedPoolNx, 256, QUE_TAG);
    DriverObject->DriverUnload = QueUnload;
    return QueAdd(ext, 1);
}
