/* Unload drains the queue (queue.c) and frees the scratch buffer. */
#include "queue.h"

VOID
QueUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PQUE_EXTENSION ext = (PQUE_EXTENSION)DriverObject->DeviceObject->DeviceExtension;

    QueFlush(ext);
    if (ext->Scratch != NULL) {
        ExFreePoolWithTag(ext->Scratch, QUE_TAG);
    }
    IoDeleteDevice(DriverObject->DeviceObject);
}
