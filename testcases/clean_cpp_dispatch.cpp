/*
 * Clean C++ WDM dispatch code: extern "C" DriverEntry, a templated helper
 * that allocates typed blocks, early returns with nullptr checks, and frees
 * that use the same constexpr tag.
 */
extern "C" {
#include <ntddk.h>
}

constexpr ULONG kReqTag = 'qeRC';

struct Request {
    ULONG Code;
    ULONG Length;
};

template <typename T>
static T *
PoolNew(POOL_TYPE Type)
{
    return static_cast<T *>(ExAllocatePoolWithTag(Type, sizeof(T), kReqTag));
}

static NTSTATUS
HandleCreateClose(PDEVICE_OBJECT, PIRP Irp)
{
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

static NTSTATUS
HandleDeviceControl(PDEVICE_OBJECT, PIRP Irp)
{
    auto sp = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    Request *req = static_cast<Request *>(
        ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(Request), kReqTag));

    if (req == nullptr) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
        req->Code = sp->Parameters.DeviceIoControl.IoControlCode;
        req->Length = sp->Parameters.DeviceIoControl.InputBufferLength;
        if (req->Length > 0x1000) {
            status = STATUS_INVALID_BUFFER_SIZE;
        }
        ExFreePoolWithTag(req, kReqTag);
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

static void
Unload(PDRIVER_OBJECT)
{
}

extern "C" NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING)
{
    DriverObject->MajorFunction[IRP_MJ_CREATE] = HandleCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = HandleCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = HandleDeviceControl;
    DriverObject->DriverUnload = Unload;
    return STATUS_SUCCESS;
}
