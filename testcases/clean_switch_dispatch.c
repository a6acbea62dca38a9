/*
 * Clean: an IRP_MJ_DEVICE_CONTROL dispatch with a switch whose cases each
 * allocate and free their own buffer, including a case that falls through
 * into a shared handler and a default that allocates nothing.
 */
#include <ntddk.h>

#define IOCTL_SD_QUERY   CTL_CODE(FILE_DEVICE_UNKNOWN, 0xA00, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_SD_QUERY2  CTL_CODE(FILE_DEVICE_UNKNOWN, 0xA01, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_SD_WRITE   CTL_CODE(FILE_DEVICE_UNKNOWN, 0xA02, METHOD_BUFFERED, FILE_WRITE_ACCESS)

#define SD_TAG 'pDwS'

typedef struct _SD_EXT {
    ULONG Value;
    PVOID Saved;
} SD_EXT, *PSD_EXT;

NTSTATUS
SdDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSD_EXT ext = (PSD_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    ULONG inLen = sp->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLen = sp->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status;
    ULONG_PTR info = 0;
    PULONG tmp;
    PVOID saved;

    switch (sp->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_SD_QUERY2:
        ext->Value++;
        /* fall through */
    case IOCTL_SD_QUERY:
        if (outLen < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        tmp = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ULONG), SD_TAG);
        if (tmp == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        *tmp = ext->Value;
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, tmp, sizeof(ULONG));
        ExFreePoolWithTag(tmp, SD_TAG);
        info = sizeof(ULONG);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_SD_WRITE:
        if (inLen == 0) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        saved = ExAllocatePoolWithTag(NonPagedPoolNx, inLen, SD_TAG);
        if (saved == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        RtlCopyMemory(saved, Irp->AssociatedIrp.SystemBuffer, inLen);
        if (ext->Saved != NULL) {
            ExFreePoolWithTag(ext->Saved, SD_TAG);
        }
        ext->Saved = saved;
        status = STATUS_SUCCESS;
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
