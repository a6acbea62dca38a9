/*
 * PT005 leak in a KMDF EvtDriverDeviceAdd: a pool buffer meant for the device
 * context is allocated before WdfDeviceCreate, and the failure return of
 * WdfDeviceCreate loses it. Storing it into the context (a field reached
 * through a pointer) is the hand-over in the Good twin.
 */
#include <ntddk.h>
#include <wdf.h>

#define KM_TAG 'fdmK'

typedef struct _KM_DEVICE_CONTEXT {
    PVOID FirmwareCache;
    ULONG CacheSize;
} KM_DEVICE_CONTEXT, *PKM_DEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(KM_DEVICE_CONTEXT, KmGetContext)

EVT_WDF_DRIVER_DEVICE_ADD KmEvtDeviceAddBad;
EVT_WDF_DRIVER_DEVICE_ADD KmEvtDeviceAddGood;

NTSTATUS
KmEvtDeviceAddBad(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    NTSTATUS status;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDEVICE device;
    PVOID cache;
    PKM_DEVICE_CONTEXT ctx;

    UNREFERENCED_PARAMETER(Driver);

    cache = ExAllocatePoolWithTag(NonPagedPoolNx, 0x4000, KM_TAG);    // expect: PT005
    if (cache == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, KM_DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ctx = KmGetContext(device);
    ctx->FirmwareCache = cache;
    ctx->CacheSize = 0x4000;
    return STATUS_SUCCESS;
}

NTSTATUS
KmEvtDeviceAddGood(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    NTSTATUS status;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFDEVICE device;
    PVOID cache;
    PKM_DEVICE_CONTEXT ctx;

    UNREFERENCED_PARAMETER(Driver);

    cache = ExAllocatePoolWithTag(NonPagedPoolNx, 0x4000, KM_TAG);
    if (cache == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, KM_DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(cache, KM_TAG);
        return status;
    }
    ctx = KmGetContext(device);
    ctx->FirmwareCache = cache;
    ctx->CacheSize = 0x4000;
    return STATUS_SUCCESS;
}
