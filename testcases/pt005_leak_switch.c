/*
 * PT005 leak in an IOCTL dispatch switch: one case rejects a bad input
 * length with `break` after the shared buffer was allocated, skipping the
 * free at the bottom of its own case. Fall-through cases are clean.
 */
#include <ntddk.h>

#define IOCTL_GET_VERSION  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GET_STATS    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_RESET_STATS  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SET_CONFIG   CTL_CODE(FILE_DEVICE_UNKNOWN, 0x903, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOC_TAG 'cOIS'

typedef struct _STATS_REPLY {
    ULONG Reads;
    ULONG Writes;
} STATS_REPLY, *PSTATS_REPLY;

NTSTATUS
IoctlDispatchBad(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = sp->Parameters.DeviceIoControl.IoControlCode;
    ULONG inLen = sp->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLen = sp->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR info = 0;
    PSTATS_REPLY reply;
    PVOID config;

    UNREFERENCED_PARAMETER(DeviceObject);

    switch (code) {
    case IOCTL_GET_VERSION:
        if (outLen < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        *(PULONG)Irp->AssociatedIrp.SystemBuffer = 0x00010002;
        info = sizeof(ULONG);
        break;

    case IOCTL_GET_STATS:
    case IOCTL_RESET_STATS:           /* falls through: same reply shape */
        reply = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*reply), IOC_TAG);
        if (reply == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        RtlZeroMemory(reply, sizeof(*reply));
        if (outLen >= sizeof(*reply)) {
            RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, reply, sizeof(*reply));
            info = sizeof(*reply);
        }
        ExFreePoolWithTag(reply, IOC_TAG);
        break;

    case IOCTL_SET_CONFIG:
        config = ExAllocatePoolWithTag(NonPagedPoolNx, inLen, IOC_TAG);   // expect: PT005
        if (config == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        if (inLen < sizeof(ULONG)) {
            status = STATUS_INVALID_PARAMETER;
            break;                    /* config leaks */
        }
        RtlCopyMemory(config, Irp->AssociatedIrp.SystemBuffer, inLen);
        ExFreePoolWithTag(config, IOC_TAG);
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
