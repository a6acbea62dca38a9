/*
 * PT006 (NDIS): MiniportInitializeEx keeps the receive area and a
 * statistics block in the adapter context; MiniportHaltEx frees the
 * receive area and the adapter but forgets the statistics block.
 */
#include <ndis.h>

#define NIC_TAG 'ciND'

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE Handle;
    PVOID RecvArea;
    PVOID Stats;
} NIC_ADAPTER, *PNIC_ADAPTER;

static NDIS_HANDLE g_DriverHandle;

MINIPORT_INITIALIZE NicInitialize;
MINIPORT_HALT NicHalt;

NDIS_STATUS
NicInitialize(_In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportDriverContext,
              _In_ PNDIS_MINIPORT_INIT_PARAMETERS InitParameters)
{
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES attrs;
    PNIC_ADAPTER adapter;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(InitParameters);
    adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*adapter), NIC_TAG,
                                                NormalPoolPriority);
    if (adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(adapter, sizeof(*adapter));
    adapter->Handle = MiniportAdapterHandle;
    adapter->RecvArea = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 65536, NIC_TAG,
                                                          NormalPoolPriority);
    adapter->Stats = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, 256, NIC_TAG,   // expect: PT006
                                                       NormalPoolPriority);
    g_DriverHandle = MiniportAdapterHandle;
    NdisZeroMemory(&attrs, sizeof(attrs));
    attrs.MiniportAdapterContext = adapter;
    return NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&attrs);
}

VOID
NicHalt(_In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_HALT_ACTION HaltAction)
{
    PNIC_ADAPTER adapter = (PNIC_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
    if (adapter->RecvArea != NULL) {
        NdisFreeMemoryWithTagPriority(adapter->Handle, adapter->RecvArea, NIC_TAG);
    }
    NdisFreeMemoryWithTagPriority(adapter->Handle, adapter, NIC_TAG);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS chars;

    NdisZeroMemory(&chars, sizeof(chars));
    chars.InitializeHandlerEx = NicInitialize;
    chars.HaltHandlerEx = NicHalt;
    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &chars, &g_DriverHandle);
}
