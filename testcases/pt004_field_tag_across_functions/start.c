/*
 * PT004 across functions: DeviceStart stores buffers into the device extension
 * and a global; DeviceStop (another file) frees them with other tags.
 */
#include "dev.h"

NTSTATUS
DeviceStart(_In_ PDEVICE_OBJECT DeviceObject)
{
    PDEV_EXTENSION ext = (PDEV_EXTENSION)DeviceObject->DeviceExtension;

    ext->Buffer = ExAllocatePoolZero(NonPagedPoolNx, 256, BUF_TAG);
    ext->Scratch = ExAllocatePoolZero(NonPagedPoolNx, 64, SCRATCH_TAG);
    g_Table = ExAllocatePoolZero(PagedPool, 128, TABLE_TAG);
    if (ext->Buffer == NULL || ext->Scratch == NULL || g_Table == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}
