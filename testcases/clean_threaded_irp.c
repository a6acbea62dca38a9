/*
 * Clean: threaded IRPs (IoBuildDeviceIoControlRequest,
 * IoBuildSynchronousFsdRequest) are freed by the I/O manager when they
 * complete, so the sender never frees them: not after IoCallDriver, and the
 * analyzer does not ask for a free on a path that never sends one (the
 * documentation only says never to call IoFreeIrp on them).
 */
#include <wdm.h>

#define IOCTL_PT_RESET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _TEXT {
    PDEVICE_OBJECT Lower;
    BOOLEAN Removed;
} TEXT, *PTEXT;

NTSTATUS
ResetLower(_In_ PTEXT Ext)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    PIRP irp;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildDeviceIoControlRequest(IOCTL_PT_RESET, Ext->Lower, NULL, 0, NULL, 0, TRUE, &done, &iosb);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Ext->Removed) {
        return STATUS_DELETE_PENDING;
    }
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    return status;
}

NTSTATUS
FlushLower(_In_ PTEXT Ext)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    PIRP irp;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildSynchronousFsdRequest(IRP_MJ_FLUSH_BUFFERS, Ext->Lower, NULL, 0, NULL, &done, &iosb);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCallDriver(Ext->Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    return status;
}
