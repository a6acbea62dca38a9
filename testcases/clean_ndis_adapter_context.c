/*
 * Clean: an NDIS miniport's adapter context is handed to NDIS through the
 * registration attributes (NdisMSetMiniportAttributes with a local struct);
 * MiniportHaltEx frees it later.
 */
#include <ndis.h>

#define ADAPTER_TAG 'pdAM'

typedef struct _MP_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    ULONG Flags;
} MP_ADAPTER, *PMP_ADAPTER;

typedef struct _MP_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
} MP_REGISTRATION_ATTRIBUTES;

NDIS_STATUS
MpInitializeEx(_In_ NDIS_HANDLE MiniportHandle, _In_ NDIS_HANDLE DriverContext,
               _In_ PNDIS_MINIPORT_INIT_PARAMETERS Params)
{
    MP_REGISTRATION_ATTRIBUTES attrs;
    PMP_ADAPTER adapter;
    NDIS_STATUS status;

    UNREFERENCED_PARAMETER(DriverContext);
    UNREFERENCED_PARAMETER(Params);
    adapter = NdisAllocateMemoryWithTagPriority(MiniportHandle, sizeof(*adapter), ADAPTER_TAG,
                                                NormalPoolPriority);
    if (adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(adapter, sizeof(*adapter));
    adapter->MiniportHandle = MiniportHandle;
    NdisZeroMemory(&attrs, sizeof(attrs));
    attrs.MiniportAdapterContext = adapter;
    status = NdisMSetMiniportAttributes(MiniportHandle, &attrs);
    if (status != NDIS_STATUS_SUCCESS) {
        NdisFreeMemoryWithTagPriority(MiniportHandle, adapter, ADAPTER_TAG);
        return status;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID
MpHaltEx(_In_ NDIS_HANDLE AdapterContext, _In_ NDIS_HALT_ACTION Action)
{
    PMP_ADAPTER adapter = (PMP_ADAPTER)AdapterContext;
    UNREFERENCED_PARAMETER(Action);
    NdisFreeMemoryWithTagPriority(adapter->MiniportHandle, adapter, ADAPTER_TAG);
}
