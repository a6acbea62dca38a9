/*
 * PT004 tag-mismatch between two of the driver's own #define tags: the
 * request buffer is allocated with REQ_TAG and freed with RSP_TAG.
 */
#include <ntddk.h>

#define REQ_TAG   'qeRH'
#define RSP_TAG   'psRH'

typedef struct _HID_XFER {
    PVOID Request;
    PVOID Response;
    ULONG Length;
} HID_XFER, *PHID_XFER;

NTSTATUS
HidRoundTripBad(_In_ ULONG Length)
{
    HID_XFER xfer;
    NTSTATUS status;

    RtlZeroMemory(&xfer, sizeof(xfer));
    xfer.Length = Length;
    xfer.Request = ExAllocatePoolWithTag(NonPagedPoolNx, Length, REQ_TAG);
    if (xfer.Request == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    xfer.Response = ExAllocatePoolWithTag(NonPagedPoolNx, Length, RSP_TAG);
    if (xfer.Response == NULL) {
        ExFreePoolWithTag(xfer.Request, REQ_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(xfer.Request, Length, 0x5A);
    RtlCopyMemory(xfer.Response, xfer.Request, Length);     /* loopback */
    status = RtlCompareMemory(xfer.Response, xfer.Request, Length) == Length ?
             STATUS_SUCCESS : STATUS_DEVICE_DATA_ERROR;
    ExFreePoolWithTag(xfer.Response, RSP_TAG);
    ExFreePoolWithTag(xfer.Request, RSP_TAG);     // expect: PT004
    return status;
}

NTSTATUS
HidRoundTripGood(_In_ ULONG Length)
{
    HID_XFER xfer;
    NTSTATUS status;

    RtlZeroMemory(&xfer, sizeof(xfer));
    xfer.Length = Length;
    xfer.Request = ExAllocatePoolWithTag(NonPagedPoolNx, Length, REQ_TAG);
    if (xfer.Request == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    xfer.Response = ExAllocatePoolWithTag(NonPagedPoolNx, Length, RSP_TAG);
    if (xfer.Response == NULL) {
        ExFreePoolWithTag(xfer.Request, REQ_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(xfer.Request, Length, 0x5A);
    RtlCopyMemory(xfer.Response, xfer.Request, Length);     /* loopback */
    status = RtlCompareMemory(xfer.Response, xfer.Request, Length) == Length ?
             STATUS_SUCCESS : STATUS_DEVICE_DATA_ERROR;
    ExFreePoolWithTag(xfer.Response, RSP_TAG);
    ExFreePoolWithTag(xfer.Request, REQ_TAG);
    return status;
}
