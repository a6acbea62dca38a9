/*
 * PT006: every IOCTL_LOG_EVENT queues a record on a global list; nothing
 * ever takes records off it, and DriverUnload does not drain it.
 */
#include <ntddk.h>

#define LOG_TAG 'goLD'
#define IOCTL_LOG_EVENT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _LOG_RECORD {
    LIST_ENTRY Link;
    ULONG Code;
} LOG_RECORD, *PLOG_RECORD;

static LIST_ENTRY g_Log;
static KSPIN_LOCK g_LogLock;

DRIVER_UNLOAD LogUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH LogIoctl;

static NTSTATUS
LogEvent(_In_ ULONG Code)
{
    PLOG_RECORD rec = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*rec), LOG_TAG);   // expect: PT006

    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->Code = Code;
    ExInterlockedInsertTailList(&g_Log, &rec->Link, &g_LogLock);
    return STATUS_SUCCESS;
}

NTSTATUS
LogIoctl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_LOG_EVENT) {
        status = LogEvent(stack->Parameters.DeviceIoControl.InputBufferLength);
    }
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

VOID
LogUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeListHead(&g_Log);
    KeInitializeSpinLock(&g_LogLock);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = LogIoctl;
    DriverObject->DriverUnload = LogUnload;
    return STATUS_SUCCESS;
}
