/*
 * pooldemo driver.c: DriverEntry, Unload, create/close.
 * Bug: the registry parameters helper frees its buffer on the error path
 * and again at the cleanup label (PT008).
 */
#include "pooldemo.h"

static NTSTATUS
PdReadParameters(_In_ PUNICODE_STRING RegistryPath, _Out_ PULONG MaxRecords)
{
    NTSTATUS status;
    OBJECT_ATTRIBUTES oa;
    HANDLE key = NULL;
    UNICODE_STRING valueName;
    PKEY_VALUE_PARTIAL_INFORMATION info;
    ULONG infoLength = sizeof(KEY_VALUE_PARTIAL_INFORMATION) + sizeof(ULONG);
    ULONG resultLength;

    *MaxRecords = 64;
    info = ExAllocatePoolWithTag(PagedPool, infoLength, PD_TAG_SCRATCH);
    if (info == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    InitializeObjectAttributes(&oa, RegistryPath, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE,
                               NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &oa);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(info, PD_TAG_SCRATCH);
        goto Cleanup;
    }
    RtlInitUnicodeString(&valueName, L"MaxRecords");
    status = ZwQueryValueKey(key, &valueName, KeyValuePartialInformation, info, infoLength,
                             &resultLength);
    if (NT_SUCCESS(status) && info->Type == REG_DWORD && info->DataLength == sizeof(ULONG)) {
        *MaxRecords = *(PULONG)info->Data;
    }
    status = STATUS_SUCCESS;

Cleanup:
    if (key != NULL) {
        ZwClose(key);
    }
    ExFreePoolWithTag(info, PD_TAG_SCRATCH);                  // expect: PT008
    return status;
}

NTSTATUS
PdDispatchCreateClose(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID
PdUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNICODE_STRING link;
    PDEVICE_OBJECT dev = DriverObject->DeviceObject;
    PPD_EXTENSION ext;

    if (dev == NULL) {
        return;
    }
    ext = dev->DeviceExtension;
    PdStopStatsTimer(ext);
    PdFreeAllRecords(ext);
    if (ext->Name.Buffer != NULL) {
        ExFreePoolWithTag(ext->Name.Buffer, PD_TAG);
        ext->Name.Buffer = NULL;
    }
    if (ext->ScratchPage != NULL) {
        ExFreePoolWithTag(ext->ScratchPage, PD_TAG_SCRATCH);
        ext->ScratchPage = NULL;
    }
    RtlInitUnicodeString(&link, PD_LINK_NAME);
    IoDeleteSymbolicLink(&link);
    IoDeleteDevice(dev);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNICODE_STRING name, link;
    PDEVICE_OBJECT dev = NULL;
    PPD_EXTENSION ext;
    ULONG maxRecords;

    status = PdReadParameters(RegistryPath, &maxRecords);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlInitUnicodeString(&name, PD_DEVICE_NAME);
    status = IoCreateDevice(DriverObject, sizeof(PD_EXTENSION), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = dev->DeviceExtension;
    RtlZeroMemory(ext, sizeof(*ext));
    ext->Self = dev;
    InitializeListHead(&ext->Records);
    KeInitializeSpinLock(&ext->RecordsLock);

    ext->ScratchPage = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, PD_TAG_SCRATCH);
    if (ext->ScratchPage == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitUnicodeString(&link, PD_LINK_NAME);
    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(ext->ScratchPage, PD_TAG_SCRATCH);
        IoDeleteDevice(dev);
        return status;
    }
    status = PdStartStatsTimer(ext);
    if (!NT_SUCCESS(status)) {
        IoDeleteSymbolicLink(&link);
        ExFreePoolWithTag(ext->ScratchPage, PD_TAG_SCRATCH);
        IoDeleteDevice(dev);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = PdDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = PdDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = PdDispatchDeviceControl;
    DriverObject->DriverUnload = PdUnload;
    dev->Flags |= DO_BUFFERED_IO;
    dev->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
