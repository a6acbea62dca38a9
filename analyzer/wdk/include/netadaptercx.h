/* pooltrack: NetAdapterCx 2.x (netadaptercx.h of the WDK's
 * km/netcx/kmdf/adapter/2.x), which the 10.0.16299 kit has only as the 1.x
 * preview. The declarations come from Microsoft's DDI reference
 * (pt_netcx.h, generated); this header adds what the reference leaves out:
 * the object handles, the opaque init types, the extension names and
 * versions (as the WDK's net/ *types.h define them) and the offload flag
 * enums (values in the reference's order; see docs/supplement.md). The net/
 * headers, netdevice.h and the rest include this one, as the WDK's
 * require it first. */
#pragma once
#ifndef PT_NETADAPTERCX_H
#define PT_NETADAPTERCX_H

#include <wdf.h>
#include <ndis.h>

#define NETCX_ADAPTER_2 1
#ifndef NET_ADAPTER_CX_1_0
#define NET_ADAPTER_CX_1_0 1
#endif

#ifdef __cplusplus
extern "C" {
#endif

PT_WDF_HANDLE(NETADAPTER); PT_WDF_HANDLE(NETPACKETQUEUE); PT_WDF_HANDLE(NETOFFLOAD);
PT_WDF_HANDLE(NETCONFIGURATION); PT_WDF_HANDLE(NETEXECUTIONCONTEXT); PT_WDF_HANDLE(NETWAKESOURCE);
PT_WDF_HANDLE(NETPOWEROFFLOAD); PT_WDF_HANDLE(NETRECEIVEFILTER); PT_WDF_HANDLE(NET_FRAGMENT_RETURN_CONTEXT_HANDLE);
typedef struct NETADAPTER_INIT NETADAPTER_INIT;
typedef struct NETTXQUEUE_INIT NETTXQUEUE_INIT;
typedef struct NETRXQUEUE_INIT NETRXQUEUE_INIT;
typedef NETADAPTER_INIT *PNETADAPTER_INIT;

typedef enum _NET_ADAPTER_OFFLOAD_LAYER3_FLAGS {
    NetAdapterOffloadLayer3FlagIPv4NoOptions = 0x00000001, NetAdapterOffloadLayer3FlagIPv4WithOptions = 0x00000002,
    NetAdapterOffloadLayer3FlagIPv6NoExtensions = 0x00000004, NetAdapterOffloadLayer3FlagIPv6WithExtensions = 0x00000008
} NET_ADAPTER_OFFLOAD_LAYER3_FLAGS;
typedef enum _NET_ADAPTER_OFFLOAD_LAYER4_FLAGS {
    NetAdapterOffloadLayer4FlagTcpNoOptions = 0x00000001, NetAdapterOffloadLayer4FlagTcpWithOptions = 0x00000002,
    NetAdapterOffloadLayer4FlagUdp = 0x00000004
} NET_ADAPTER_OFFLOAD_LAYER4_FLAGS;
typedef enum _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS {
    NetAdapterOffloadIeee8021PriorityTaggingFlag = 0x00000001,
    NetAdapterOffloadIeee8021VlanTaggingFlag = 0x00000002
} NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS;

#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME L"ms_fragment_virtualaddress"
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_WDFMEMORY_NAME L"ms_fragment_wdfmemory"
#define NET_FRAGMENT_EXTENSION_WDFMEMORY_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME L"ms_fragment_returncontext"
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_MDL_NAME L"ms_fragment_mdl"
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1 1U
#define NET_PACKET_EXTENSION_CHECKSUM_NAME L"ms_packet_checksum"
#define NET_PACKET_EXTENSION_CHECKSUM_VERSION_1 1U
#define NET_PACKET_EXTENSION_GSO_NAME L"ms_packet_gso"
#define NET_PACKET_EXTENSION_GSO_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_NAME L"ms_packet_rsc"
#define NET_PACKET_EXTENSION_RSC_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_VERSION_2 2U

#ifdef __cplusplus
}
#endif

#include "pt_netcx.h"

#ifdef __cplusplus
/* the WDK's ntdef.h DEFINE_ENUM_FLAG_OPERATORS, which MinGW-w64 has only in
 * user-mode winnt.h: the flag enums combine with | in C++ */
#define PT_NETCX_FLAGS(E) \
    extern "C++" { \
    inline E operator|(E a, E b) { return E(((int)a) | ((int)b)); } \
    inline E &operator|=(E &a, E b) { return a = a | b; } \
    inline E operator&(E a, E b) { return E(((int)a) & ((int)b)); } \
    inline E &operator&=(E &a, E b) { return a = a & b; } \
    inline E operator~(E a) { return E(~((int)a)); } }
PT_NETCX_FLAGS(NET_ADAPTER_PAUSE_FUNCTION_TYPE)
PT_NETCX_FLAGS(NET_ADAPTER_AUTO_NEGOTIATION_FLAGS)
PT_NETCX_FLAGS(NET_PACKET_FILTER_FLAGS)
PT_NETCX_FLAGS(NET_ADAPTER_OFFLOAD_LAYER3_FLAGS)
PT_NETCX_FLAGS(NET_ADAPTER_OFFLOAD_LAYER4_FLAGS)
PT_NETCX_FLAGS(NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS)
#endif
#endif
