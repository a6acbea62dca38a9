/*
 * Clean twin of wdk_wdfusb_config_leak.c: the descriptor copy is freed when
 * selecting the configuration fails.
 */
#include <ntddk.h>
#include <wdf.h>
#include <wdfusb.h>

#define CFG_TAG 'gfCU'

typedef struct _DEVICE_CONTEXT {
    WDFUSBDEVICE UsbDevice;
    WDFUSBPIPE BulkIn;
    PUSB_CONFIGURATION_DESCRIPTOR Config;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

NTSTATUS
SelectConfigGood(_In_ PDEVICE_CONTEXT Ctx)
{
    WDF_USB_DEVICE_SELECT_CONFIG_PARAMS params;
    WDF_USB_PIPE_INFORMATION pipeInfo;
    PUSB_CONFIGURATION_DESCRIPTOR config;
    USHORT size = 0;
    NTSTATUS status;

    status = WdfUsbTargetDeviceRetrieveConfigDescriptor(Ctx->UsbDevice, NULL, &size);
    if (status != STATUS_BUFFER_TOO_SMALL || size == 0) {
        return STATUS_UNSUCCESSFUL;
    }
    config = ExAllocatePoolWithTag(NonPagedPoolNx, size, CFG_TAG);
    if (config == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = WdfUsbTargetDeviceRetrieveConfigDescriptor(Ctx->UsbDevice, config, &size);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(config, CFG_TAG);
        return status;
    }
    WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(&params);
    status = WdfUsbTargetDeviceSelectConfig(Ctx->UsbDevice, WDF_NO_OBJECT_ATTRIBUTES, &params);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(config, CFG_TAG);
        return status;
    }
    WDF_USB_PIPE_INFORMATION_INIT(&pipeInfo);
    Ctx->BulkIn = WdfUsbInterfaceGetConfiguredPipe(params.Types.SingleInterface.ConfiguredUsbInterface, 0, &pipeInfo);
    Ctx->Config = config;
    return STATUS_SUCCESS;
}
