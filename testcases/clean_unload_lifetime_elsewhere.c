/*
 * Clean: a buffer whose life is managed by IOCTLs (IOCTL_START allocates,
 * IOCTL_STOP frees) and a driver that has no unload routine at all (it
 * cannot be unloaded, so nothing is outstanding at unload). PT006 stays
 * quiet about lifetimes it cannot judge.
 */
#include <ntddk.h>

#define LFE_TAG 'efLD'
#define IOCTL_START CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_STOP CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)

static PVOID g_Capture;
static PVOID g_Forever;

_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH LfeIoctl;

NTSTATUS
LfeIoctl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_START:
        if (g_Capture == NULL) {
            g_Capture = ExAllocatePoolWithTag(NonPagedPoolNx, 4096, LFE_TAG);
        }
        break;
    case IOCTL_STOP:
        if (g_Capture != NULL) {
            ExFreePoolWithTag(g_Capture, LFE_TAG);
            g_Capture = NULL;
        }
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    g_Forever = ExAllocatePoolWithTag(NonPagedPoolNx, 64, LFE_TAG);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = LfeIoctl;
    return STATUS_SUCCESS;
}
