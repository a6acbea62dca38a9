/*
 * PT004 tag-mismatch in a KMDF driver's EvtIoDeviceControl: a scratch buffer
 * from ExAllocatePoolWithTag is released with the device context's tag.
 */
#include <ntddk.h>
#include <wdf.h>

#define SCRATCH_TAG   'rcSK'
#define DEVCTX_TAG    'xtCK'

#define IOCTL_KMDF_ECHO CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DEVICE_CONTEXT {
    ULONG EchoCount;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DeviceGetContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL KmdfEvtIoDeviceControlBad;

VOID
KmdfEvtIoDeviceControlBad(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request,
                          _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                          _In_ ULONG IoControlCode)
{
    NTSTATUS status;
    PVOID in = NULL, out = NULL, scratch;
    PDEVICE_CONTEXT ctx = DeviceGetContext(WdfIoQueueGetDevice(Queue));
    size_t len = min(InputBufferLength, OutputBufferLength);

    if (IoControlCode != IOCTL_KMDF_ECHO || len == 0) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    status = WdfRequestRetrieveInputBuffer(Request, len, &in, NULL);
    if (NT_SUCCESS(status)) {
        status = WdfRequestRetrieveOutputBuffer(Request, len, &out, NULL);
    }
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    scratch = ExAllocatePoolWithTag(NonPagedPoolNx, len, SCRATCH_TAG);
    if (scratch == NULL) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    RtlCopyMemory(scratch, in, len);
    RtlCopyMemory(out, scratch, len);
    ExFreePoolWithTag(scratch, DEVCTX_TAG);    // expect: PT004
    ctx->EchoCount++;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, len);
}

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL KmdfEvtIoDeviceControlGood;

VOID
KmdfEvtIoDeviceControlGood(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request,
                           _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                           _In_ ULONG IoControlCode)
{
    NTSTATUS status;
    PVOID in = NULL, out = NULL, scratch;
    PDEVICE_CONTEXT ctx = DeviceGetContext(WdfIoQueueGetDevice(Queue));
    size_t len = min(InputBufferLength, OutputBufferLength);

    if (IoControlCode != IOCTL_KMDF_ECHO || len == 0) {
        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
        return;
    }
    status = WdfRequestRetrieveInputBuffer(Request, len, &in, NULL);
    if (NT_SUCCESS(status)) {
        status = WdfRequestRetrieveOutputBuffer(Request, len, &out, NULL);
    }
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    scratch = ExAllocatePoolWithTag(NonPagedPoolNx, len, SCRATCH_TAG);
    if (scratch == NULL) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    RtlCopyMemory(scratch, in, len);
    RtlCopyMemory(out, scratch, len);
    ExFreePoolWithTag(scratch, SCRATCH_TAG);
    ctx->EchoCount++;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, len);
}
