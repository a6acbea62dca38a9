/*
 * Clean: DriverUnload hands the device extension to a library routine whose
 * body is not part of the run (it may free the extension's buffers), and
 * frees a global through a macro. PT006 does not guess.
 */
#include <ntddk.h>

#define OPQ_TAG 'qpOD'
#define SAFE_FREE(p) do { if ((p) != NULL) { ExFreePoolWithTag((p), OPQ_TAG); (p) = NULL; } } while (0)

typedef struct _OPQ_EXTENSION {
    PVOID Ring;
} OPQ_EXTENSION, *POPQ_EXTENSION;

VOID LibReleaseExtension(POPQ_EXTENSION Ext);   /* in a library the run does not see */

static PVOID g_Names;

DRIVER_UNLOAD OpqUnload;

VOID
OpqUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    POPQ_EXTENSION ext = (POPQ_EXTENSION)DriverObject->DeviceObject->DeviceExtension;

    LibReleaseExtension(ext);
    SAFE_FREE(g_Names);
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    POPQ_EXTENSION ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(OPQ_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (POPQ_EXTENSION)dev->DeviceExtension;
    ext->Ring = ExAllocatePoolWithTag(NonPagedPoolNx, 8192, OPQ_TAG);
    g_Names = ExAllocatePoolWithTag(PagedPool, 256, OPQ_TAG);
    DriverObject->DriverUnload = OpqUnload;
    return STATUS_SUCCESS;
}
