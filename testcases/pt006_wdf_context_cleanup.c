/*
 * PT006 (KMDF): EvtDriverDeviceAdd keeps two buffers in the device context.
 * The context's cleanup callback frees the request buffer but not the
 * history ring; the framework deletes the device and the ring leaks. A WDF
 * memory object parented to the device is released by the framework.
 */
#include <wdf.h>

#define KMD_TAG 'dmKW'

typedef struct _KMD_CONTEXT {
    PVOID RequestBuffer;
    PVOID History;
    WDFMEMORY Table;
} KMD_CONTEXT, *PKMD_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(KMD_CONTEXT, KmdGetContext)

EVT_WDF_DRIVER_DEVICE_ADD KmdDeviceAdd;
EVT_WDF_OBJECT_CONTEXT_CLEANUP KmdDeviceCleanup;

VOID
KmdDeviceCleanup(_In_ WDFOBJECT Object)
{
    PKMD_CONTEXT ctx = KmdGetContext(Object);

    if (ctx->RequestBuffer != NULL) {
        ExFreePoolWithTag(ctx->RequestBuffer, KMD_TAG);
        ctx->RequestBuffer = NULL;
    }
}

NTSTATUS
KmdDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDEVICE device;
    PKMD_CONTEXT ctx;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, KMD_CONTEXT);
    attributes.EvtCleanupCallback = KmdDeviceCleanup;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ctx = KmdGetContext(device);
    ctx->RequestBuffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 1024, KMD_TAG);
    ctx->History = ExAllocatePool2(POOL_FLAG_PAGED, 4096, KMD_TAG);   // expect: PT006
    if (ctx->RequestBuffer == NULL || ctx->History == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    return WdfMemoryCreate(&attributes, NonPagedPoolNx, KMD_TAG, 512, &ctx->Table, NULL);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, KmdDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}
