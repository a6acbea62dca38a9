/*
 * Clean: buffers stored into device-extension fields are owned by the device
 * and released in the remove/unload path; assigning through the extension
 * pointer is the hand-over.
 */
#include <wdm.h>

#define EXT_TAG 'txEP'

typedef struct _PORT_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    PUCHAR RxBuffer;
    PUCHAR TxBuffer;
    ULONG BufferSize;
    UNICODE_STRING InterfaceName;
} PORT_EXTENSION, *PPORT_EXTENSION;

NTSTATUS
PortAllocateBuffers(_In_ PDEVICE_OBJECT DeviceObject, _In_ ULONG Size)
{
    PPORT_EXTENSION ext = (PPORT_EXTENSION)DeviceObject->DeviceExtension;
    PUCHAR rx, tx;

    rx = ExAllocatePoolWithTag(NonPagedPoolNx, Size, EXT_TAG);
    if (rx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ext->RxBuffer = rx;

    tx = ExAllocatePoolWithTag(NonPagedPoolNx, Size, EXT_TAG);
    if (tx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;     /* rx is the device's, freed at remove */
    }
    ext->TxBuffer = tx;
    ext->BufferSize = Size;
    return STATUS_SUCCESS;
}

NTSTATUS
PortSetInterfaceName(_In_ PPORT_EXTENSION Ext, _In_ PCUNICODE_STRING Name)
{
    Ext->InterfaceName.Buffer = ExAllocatePoolWithTag(PagedPool, Name->Length, EXT_TAG);
    if (Ext->InterfaceName.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->InterfaceName.MaximumLength = Name->Length;
    RtlCopyUnicodeString(&Ext->InterfaceName, Name);
    return STATUS_SUCCESS;
}

VOID
PortRemoveDevice(_In_ PDEVICE_OBJECT DeviceObject)
{
    PPORT_EXTENSION ext = (PPORT_EXTENSION)DeviceObject->DeviceExtension;

    if (ext->RxBuffer != NULL) {
        ExFreePoolWithTag(ext->RxBuffer, EXT_TAG);
        ext->RxBuffer = NULL;
    }
    if (ext->TxBuffer != NULL) {
        ExFreePoolWithTag(ext->TxBuffer, EXT_TAG);
        ext->TxBuffer = NULL;
    }
    if (ext->InterfaceName.Buffer != NULL) {
        ExFreePoolWithTag(ext->InterfaceName.Buffer, EXT_TAG);
        RtlInitEmptyUnicodeString(&ext->InterfaceName, NULL, 0);
    }
    IoDetachDevice(ext->Lower);
    IoDeleteDevice(DeviceObject);
}
