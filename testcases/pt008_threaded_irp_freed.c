/*
 * PT008 double-free of a threaded IRP: IoBuildDeviceIoControlRequest and
 * IoBuildSynchronousFsdRequest queue the IRP to the current thread, and the
 * I/O manager frees it when it completes. Freeing it with IoFreeIrp after
 * IoCallDriver frees it a second time. The Good twin only reads the status.
 */
#include <wdm.h>

#define IOCTL_PT_GET_VERSION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

NTSTATUS
GetLowerVersionBad(_In_ PDEVICE_OBJECT Lower, _Out_ PULONG Version)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    PIRP irp;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildDeviceIoControlRequest(IOCTL_PT_GET_VERSION, Lower, NULL, 0, Version, sizeof(*Version),
                                        FALSE, &done, &iosb);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCallDriver(Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    IoFreeIrp(irp);                                          // expect: PT008
    return status;
}

NTSTATUS
ReadBootSectorBad(_In_ PDEVICE_OBJECT Lower, _Out_writes_bytes_(512) PVOID Buffer)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    LARGE_INTEGER offset;
    PIRP irp;
    NTSTATUS status;

    offset.QuadPart = 0;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, Lower, Buffer, 512, &offset, &done, &iosb);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCallDriver(Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    if (!NT_SUCCESS(status)) {
        IoFreeIrp(irp);                                      // expect: PT008
    }
    return status;
}

NTSTATUS
GetLowerVersionGood(_In_ PDEVICE_OBJECT Lower, _Out_ PULONG Version)
{
    KEVENT done;
    IO_STATUS_BLOCK iosb;
    PIRP irp;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildDeviceIoControlRequest(IOCTL_PT_GET_VERSION, Lower, NULL, 0, Version, sizeof(*Version),
                                        FALSE, &done, &iosb);
    if (irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCallDriver(Lower, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
    return status;
}
