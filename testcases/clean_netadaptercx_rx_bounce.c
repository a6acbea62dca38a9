/*
 * Clean: a NetAdapterCx 2.x client (netadaptercx.h, net/ring.h). The receive
 * queue's EvtPacketQueueAdvance copies each fragment through a pool bounce
 * buffer; when the fragment's virtual-address extension is missing it gives
 * up early and frees the bounce buffer first. Its leaking twin is
 * pt005_netadaptercx_rx_bounce.c.
 */
#include <ntddk.h>
#include <wdf.h>
#include <netadaptercx.h>
#include <net/ring.h>
#include <net/virtualaddress.h>

#define NX_TAG 'xNtP'

typedef struct _NX_RXQUEUE {
    NET_RING_COLLECTION const *Rings;
    NET_EXTENSION VirtualAddressExtension;
    SIZE_T BounceSize;
} NX_RXQUEUE;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(NX_RXQUEUE, NxGetRxQueueContext)

EVT_NET_ADAPTER_CREATE_RXQUEUE NxEvtAdapterCreateRxQueue;
EVT_PACKET_QUEUE_ADVANCE NxEvtRxQueueAdvance;
EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED NxEvtRxQueueSetNotificationEnabled;
EVT_PACKET_QUEUE_CANCEL NxEvtRxQueueCancel;

VOID
NxEvtRxQueueAdvance(_In_ NETPACKETQUEUE PacketQueue)
{
    NX_RXQUEUE *rx = NxGetRxQueueContext(PacketQueue);
    NET_RING *fragments = NetRingCollectionGetFragmentRing(rx->Rings);
    UINT32 index = fragments->BeginIndex;
    PUCHAR bounce;

    bounce = ExAllocatePool2(POOL_FLAG_NON_PAGED, rx->BounceSize, NX_TAG);
    if (bounce == NULL) {
        return;
    }
    if (rx->VirtualAddressExtension.Enabled == FALSE) {
        ExFreePoolWithTag(bounce, NX_TAG);
        return;
    }
    while (index != fragments->EndIndex) {
        NET_FRAGMENT *fragment = NetRingGetFragmentAtIndex(fragments, index);
        NET_FRAGMENT_VIRTUAL_ADDRESS *va =
            NetExtensionGetFragmentVirtualAddress(&rx->VirtualAddressExtension, index);
        SIZE_T length = (SIZE_T)fragment->Capacity;

        if (length > rx->BounceSize) {
            length = rx->BounceSize;
        }
        RtlCopyMemory(bounce, (PUCHAR)va->VirtualAddress + fragment->Offset, length);
        fragment->ValidLength = length;
        index = NetRingIncrementIndex(fragments, index);
    }
    fragments->BeginIndex = index;
    ExFreePoolWithTag(bounce, NX_TAG);
}

VOID
NxEvtRxQueueSetNotificationEnabled(_In_ NETPACKETQUEUE PacketQueue, _In_ BOOLEAN NotificationEnabled)
{
    UNREFERENCED_PARAMETER(PacketQueue);
    UNREFERENCED_PARAMETER(NotificationEnabled);
}

VOID
NxEvtRxQueueCancel(_In_ NETPACKETQUEUE PacketQueue)
{
    UNREFERENCED_PARAMETER(PacketQueue);
}

NTSTATUS
NxEvtAdapterCreateRxQueue(_In_ NETADAPTER Adapter, _Inout_ NETRXQUEUE_INIT *RxQueueInit)
{
    NTSTATUS status;
    NETPACKETQUEUE queue;
    NX_RXQUEUE *rx;
    WDF_OBJECT_ATTRIBUTES attributes;
    NET_PACKET_QUEUE_CONFIG config;
    NET_EXTENSION_QUERY query;

    UNREFERENCED_PARAMETER(Adapter);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NX_RXQUEUE);
    NET_PACKET_QUEUE_CONFIG_INIT(&config, NxEvtRxQueueAdvance, NxEvtRxQueueSetNotificationEnabled,
                                 NxEvtRxQueueCancel);
    status = NetRxQueueCreate(RxQueueInit, &attributes, &config, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    rx = NxGetRxQueueContext(queue);
    rx->Rings = NetRxQueueGetRingCollection(queue);
    rx->BounceSize = 2048;
    NET_EXTENSION_QUERY_INIT(&query, NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME,
                             NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1, NetExtensionTypeFragment);
    NetRxQueueGetExtension(queue, &query, &rx->VirtualAddressExtension);
    return STATUS_SUCCESS;
}
