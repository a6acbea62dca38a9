/*
 * PT002 missing-tag: ExAllocatePool gives the block the default tag 'None'
 * (or ' kdD' in older kits); pool tracking cannot tell the driver's blocks
 * apart, and the call is deprecated. The good variant uses a driver tag.
 */
#include <ntddk.h>

#define KBF_TAG 'fbKK'

typedef struct _KBF_DEVICE_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    PUCHAR ScanCodeLog;
    ULONG LogSize;
} KBF_DEVICE_EXTENSION, *PKBF_DEVICE_EXTENSION;

NTSTATUS
KbfAllocLogBad(_In_ PDEVICE_OBJECT DeviceObject)
{
    PKBF_DEVICE_EXTENSION ext = DeviceObject->DeviceExtension;

    ext->LogSize = PAGE_SIZE;
    ext->ScanCodeLog = ExAllocatePool(NonPagedPool, ext->LogSize);   // expect: PT002
    if (ext->ScanCodeLog == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(ext->ScanCodeLog, ext->LogSize);
    return STATUS_SUCCESS;
}

NTSTATUS
KbfAllocLogGood(_In_ PDEVICE_OBJECT DeviceObject)
{
    PKBF_DEVICE_EXTENSION ext = DeviceObject->DeviceExtension;

    ext->LogSize = PAGE_SIZE;
    ext->ScanCodeLog = ExAllocatePoolWithTag(NonPagedPoolNx, ext->LogSize, KBF_TAG);
    if (ext->ScanCodeLog == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(ext->ScanCodeLog, ext->LogSize);
    return STATUS_SUCCESS;
}

VOID
KbfDumpBad(_In_ PKBF_DEVICE_EXTENSION Ext)
{
    PCHAR text;
    ULONG i;

    text = (PCHAR)ExAllocatePool(PagedPool, Ext->LogSize * 3 + 1);   // expect: PT002
    if (!text) {
        return;
    }
    for (i = 0; i < Ext->LogSize; i++) {
        text[i * 3] = 'x';
    }
    text[Ext->LogSize * 3] = '\0';
    DbgPrint("%s\n", text);
    ExFreePool(text);
}
