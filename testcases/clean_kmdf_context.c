/*
 * Clean: KMDF driver. Pool buffers stored in the WDF device context (a field
 * reached through the context pointer) and freed in EvtDeviceReleaseHardware
 * / EvtCleanupCallback; a per-request scratch buffer freed before the
 * request completes on every path.
 */
#include <ntddk.h>
#include <wdf.h>

#define KC_TAG 'CmdK'

typedef struct _KC_CONTEXT {
    PUCHAR RegisterShadow;
    ULONG ShadowLength;
    PVOID Scratch;
} KC_CONTEXT, *PKC_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(KC_CONTEXT, KcGetContext)

EVT_WDF_DEVICE_PREPARE_HARDWARE KcEvtPrepareHardware;
EVT_WDF_DEVICE_RELEASE_HARDWARE KcEvtReleaseHardware;
EVT_WDF_IO_QUEUE_IO_READ KcEvtIoRead;

NTSTATUS
KcEvtPrepareHardware(_In_ WDFDEVICE Device, _In_ WDFCMRESLIST Raw, _In_ WDFCMRESLIST Translated)
{
    PKC_CONTEXT ctx = KcGetContext(Device);

    UNREFERENCED_PARAMETER(Raw);
    UNREFERENCED_PARAMETER(Translated);
    ctx->ShadowLength = 0x100;
    ctx->RegisterShadow = ExAllocatePool2(POOL_FLAG_NON_PAGED, ctx->ShadowLength, KC_TAG);
    if (ctx->RegisterShadow == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
KcEvtReleaseHardware(_In_ WDFDEVICE Device, _In_ WDFCMRESLIST Translated)
{
    PKC_CONTEXT ctx = KcGetContext(Device);

    UNREFERENCED_PARAMETER(Translated);
    if (ctx->RegisterShadow != NULL) {
        ExFreePoolWithTag(ctx->RegisterShadow, KC_TAG);
        ctx->RegisterShadow = NULL;
    }
    return STATUS_SUCCESS;
}

VOID
KcEvtIoRead(_In_ WDFQUEUE Queue, _In_ WDFREQUEST Request, _In_ size_t Length)
{
    NTSTATUS status;
    PVOID out;
    PUCHAR scratch;
    PKC_CONTEXT ctx = KcGetContext(WdfIoQueueGetDevice(Queue));

    scratch = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, KC_TAG);
    if (scratch == NULL) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
        return;
    }
    status = WdfRequestRetrieveOutputBuffer(Request, Length, &out, NULL);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(scratch, KC_TAG);
        WdfRequestComplete(Request, status);
        return;
    }
    RtlCopyMemory(scratch, ctx->RegisterShadow, min(Length, ctx->ShadowLength));
    RtlCopyMemory(out, scratch, Length);
    ExFreePoolWithTag(scratch, KC_TAG);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}
