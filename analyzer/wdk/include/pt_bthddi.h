/* pooltrack: the Bluetooth profile-driver interface (bthddi.h: BRBs, L2CAP
 * and SCO requests, indications, the profile driver interface), its GUIDs
 * (bthguid.h), IOCTLs (bthioctl.h) and SDP parts (bthsdpddi.h, sdpnode.h).
 * MinGW-w64 has only bthdef.h and bthsdpdef.h. Selected from the WDK
 * 10.0.16299 km/ headers by the names real profile drivers use
 * (docs/supplement.md); each of those header names includes this file. */
#pragma once
#ifndef PT_BTHDDI_H
#define PT_BTHDDI_H
#include <ntddk.h>
/* bthsdpdef.h uses windef.h's byte pointers, which a kernel driver may not
 * have included (identical typedefs may repeat in C11 and C++) */
typedef unsigned char BYTE;
typedef BYTE *LPBYTE;
#include <bthdef.h>
#include <bthsdpdef.h>

/* MinGW-w64's bthsdpdef.h has the 128-bit SDP integers without their pointer types */
typedef SDP_LARGE_INTEGER_16 *PSDP_LARGE_INTEGER_16;
typedef SDP_ULARGE_INTEGER_16 *PSDP_ULARGE_INTEGER_16;

typedef UCHAR SDP_BOOLEAN;

typedef struct ISdpNodeContainer ISdpNodeContainer;

typedef struct _SDP_NODE_HEADER {
    LIST_ENTRY Link;
    USHORT Type;
    USHORT SpecificType;
} SDP_NODE_HEADER, *PSDP_NODE_HEADER;

typedef union _SDP_NODE_DATA {
    SDP_LARGE_INTEGER_16 int128;
    SDP_ULARGE_INTEGER_16 uint128;
    GUID uuid128;
    ULONG uuid32;
    USHORT uuid16;
    LONGLONG int64;
    ULONGLONG uint64;
    LONG int32;
    ULONG uint32;
    SHORT int16;
    USHORT uint16;
    CHAR int8;
    UCHAR uint8;
    SDP_BOOLEAN boolean;
    PCHAR string;
    PCHAR url;
	SDP_NODE_HEADER sequence;
    SDP_NODE_HEADER alternative;
    ISdpNodeContainer *container;
    struct {
        PUCHAR stream;
        ULONG streamLength;
    };
} SDP_NODE_DATA, *PSDP_NODE_DATA;

typedef struct _SDP_NODE {
	SDP_NODE_HEADER  hdr;
    ULONG DataSize;
	SDP_NODE_DATA u;
	PVOID Reserved;
} SDP_NODE, *PSDP_NODE;

typedef struct _SDP_TREE_ROOT_NODE {
    SDP_NODE RootNode;
} SDP_TREE_ROOT_NODE, *PSDP_TREE_ROOT_NODE;

#define BTHPORT_CONTEXT_SIZE                (4)

#define BTHPORT_RESERVED_FIELD_SIZE     (2)

#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_FOR_QI      (0x0200)

typedef PVOID L2CAP_CHANNEL_HANDLE;

typedef PVOID L2CAP_SERVER_HANDLE;

typedef PVOID SCO_SERVER_HANDLE;

typedef enum _BRB_TYPE {
    BRB_HCI_GET_LOCAL_BD_ADDR           = 0x0001,
    BRB_L2CA_REGISTER_SERVER            = 0x0100,
    BRB_L2CA_UNREGISTER_SERVER          = 0x0101,
    BRB_L2CA_OPEN_CHANNEL               = 0x0102,
    BRB_L2CA_OPEN_CHANNEL_RESPONSE      = 0x0103,
    BRB_L2CA_CLOSE_CHANNEL              = 0x0104,
    BRB_L2CA_ACL_TRANSFER               = 0x0105,
    BRB_L2CA_UPDATE_CHANNEL             = 0x0106,
    BRB_L2CA_PING                       = 0x0107,
    BRB_L2CA_INFO_REQUEST               = 0x0108,
    BRB_REGISTER_PSM                    = 0x0109,
    BRB_UNREGISTER_PSM                  = 0x010a,
    BRB_SCO_REGISTER_SERVER             = 0x0200,
    BRB_SCO_UNREGISTER_SERVER           = 0x0201,
    BRB_SCO_OPEN_CHANNEL                = 0x0202,
    BRB_SCO_OPEN_CHANNEL_RESPONSE       = 0x0203,
    BRB_SCO_CLOSE_CHANNEL               = 0x0204,
    BRB_SCO_TRANSFER                    = 0x0205,
    BRB_SCO_GET_CHANNEL_INFO            = 0x0207,
    BRB_SCO_GET_SYSTEM_INFO             = 0x0209,
    BRB_SCO_FLUSH_CHANNEL               = 0x020a,
    BRB_SCO_OPEN_UNMANAGED_CHANNEL      = 0x0210,
    BRB_SCO_OPEN_UNMANAGED_CHANNEL_RESPONSE
                                        = 0x0211,
    BRB_L2CA_OPEN_ENHANCED_CHANNEL      = 0x0212,
    BRB_L2CA_OPEN_ENHANCED_CHANNEL_RESPONSE
                                        = 0x0213,
    BRB_ACL_GET_MODE                    = 0x0300,
    BRB_ACL_ENTER_ACTIVE_MODE           = 0x0301,
    BRB_STORED_LINK_KEY                 = 0x0310,
    BRB_GET_DEVICE_INTERFACE_STRING     = 0x0320,
} BRB_TYPE;

typedef struct _BRB_HEADER {
    LIST_ENTRY ListEntry;
    ULONG Length;
    USHORT Version;
    USHORT Type;
    ULONG BthportFlags;
    NTSTATUS Status;
    BTHSTATUS BtStatus;
    PVOID Context[BTHPORT_CONTEXT_SIZE];
    PVOID ClientContext[BTHPORT_CONTEXT_SIZE];
    ULONG Reserved[BTHPORT_RESERVED_FIELD_SIZE];
} BRB_HEADER;

typedef struct _L2CAP_CONFIG_RANGE {
    USHORT Min;
    USHORT Max;
} L2CAP_CONFIG_RANGE, *PL2CAP_CONFIG_RANGE;

typedef struct _L2CAP_CONFIG_VALUE_RANGE {
    USHORT Min;
    USHORT Preferred;
    USHORT Max;
} L2CAP_CONFIG_VALUE_RANGE, *PL2CAP_CONFIG_VALUE_RANGE;

typedef struct _L2CAP_FLOWSPEC {
    UCHAR Flags;
    UCHAR ServiceType;
    ULONG TokenRate;
    ULONG TokenBucketSize;
    ULONG PeakBandwidth;
    ULONG Latency;
    ULONG DelayVariation;
} L2CAP_FLOWSPEC, *PL2CAP_FLOWSPEC;

typedef struct _L2CAP_RETRANSMISSION_AND_FLOW_CONTROL {
    UCHAR Mode;
    UCHAR TxWindowSize;
    UCHAR MaxTransmit;
    USHORT RetransmissionTO;
    USHORT MonitorTO;
    USHORT MaxPDUSize;
} L2CAP_RETRANSMISSION_AND_FLOW_CONTROL, *PL2CAP_RETRANSMISSION_AND_FLOW_CONTROL;

typedef struct _L2CAP_EXTENDED_FLOW_SPEC {
    UCHAR Identifier;
    UCHAR ServiceType;
    USHORT MaxSDUSize;
    ULONG SDUInterArrivalTime;
    ULONG AccessLatency;
    ULONG FlushTimeout;
} L2CAP_EXTENDED_FLOW_SPEC, *PL2CAP_EXTENDED_FLOW_SPEC;

typedef UCHAR  CO_TYPE, *PCO_TYPE;

typedef UCHAR  CO_LENGTH, *PCO_LENGTH;

typedef USHORT CO_MTU, *PCO_MTU;

typedef USHORT CO_FLUSHTO, *PCO_FLUSHTO;

typedef UCHAR CO_FCS, *PCO_FCS;

typedef USHORT CO_EXTENDED_WINDOW_SIZE, *PCO_EXTENDED_WINDOW_SIZE;

typedef struct _CO_HEADER {
    CO_TYPE Type;
    CO_LENGTH Length;
} CO_HEADER;

typedef USHORT CONNECTION_HANDLE, *PCONNECTION_HANDLE;

typedef PVOID SCO_CHANNEL_HANDLE, *PSCO_CHANNEL_HANDLE;

typedef enum _SCO_RETRANSMISSION_EFFORT {
    SCO_RETRANSMISSION_NONE          =   0x00,
    SCO_RETRANSMISSION_MIN1_POWER    =   0x01,
    SCO_RETRANSMISSION_MIN1_QUALITY  =   0x02,
    SCO_RETRANSMISSION_DONT_CARE     =   0xFF
} SCO_RETRANSMISSION_EFFORT, *PSCO_RETRANSMISSION_EFFORT;

typedef enum _SCO_LINK_TYPE {
    ScoLinkType  = 0x00,
    eScoLinkType = 0x02,
} SCO_LINK_TYPE, *PSCO_LINK_TYPE;

typedef enum _SCO_INDICATION_CODE {
    ScoIndicationAddReference = 0,
    ScoIndicationReleaseReference,
    ScoIndicationRemoteConnect,
    ScoIndicationRemoteDisconnect,
} SCO_INDICATION_CODE, *PSCO_INDICATION_CODE;

typedef enum _SCO_DISCONNECT_REASON {
    ScoHciDisconnect = 0,
    ScoDisconnectRequest,
    ScoRadioPoweredDown,
    ScoHardwareRemoval,
} SCO_DISCONNECT_REASON, *PSCO_DISCONNECT_REASON;

typedef struct _SCO_INDICATION_PARAMETERS {
    SCO_CHANNEL_HANDLE ConnectionHandle;
    BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                SCO_LINK_TYPE LinkType;
            } Request;
        } Connect;
        struct {
            SCO_DISCONNECT_REASON Reason;
            BOOLEAN CloseNow;
        } Disconnect;
    } Parameters;
} SCO_INDICATION_PARAMETERS, *PSCO_INDICATION_PARAMETERS;

typedef
void
(*PFNSCO_INDICATION_CALLBACK)(
    IN PVOID Context,
    IN SCO_INDICATION_CODE Indication,
    IN PSCO_INDICATION_PARAMETERS Parameters
    );

struct _BRB_SCO_REGISTER_SERVER {
    BRB_HEADER      Hdr;
    BTH_ADDR        BtAddress;
    ULONG           Reserved;
    ULONG           IndicationFlags;
    PFNSCO_INDICATION_CALLBACK  IndicationCallback;
    PVOID           IndicationCallbackContext;
    PVOID           ReferenceObject;
    OUT SCO_SERVER_HANDLE ServerHandle;
};

struct _BRB_SCO_UNREGISTER_SERVER {
    BRB_HEADER  Hdr;
    BTH_ADDR    BtAddress;
    PVOID       ServerHandle;
};

struct _BRB_SCO_OPEN_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    ULONG TransmitBandwidth;
    ULONG ReceiveBandwidth;
    USHORT MaxLatency;
    USHORT PacketType;
    USHORT ContentFormat;
    USHORT Reserved;
    SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
    ULONG ChannelFlags;
    ULONG CallbackFlags;
    PFNSCO_INDICATION_CALLBACK Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    SCO_CHANNEL_HANDLE ChannelHandle;
    UCHAR Response;
};

struct _BRB_SCO_CLOSE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    SCO_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_SCO_FLUSH_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG FlushFlags;
};

typedef struct _BASEBAND_CHANNEL_INFO {
    UCHAR       Transmission_Interval;
    UCHAR       Retransmission_Window;
    UCHAR       AirMode;
    USHORT      Rx_Packet_Length;
    USHORT      Tx_Packet_Length;
}BASEBAND_CHANNEL_INFO, *PBASEBAND_CHANNEL_INFO;

struct _BRB_SCO_GET_CHANNEL_INFO {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG InfoFlags;
    ULONG TransmitBandwidth;
    ULONG ReceiveBandwidth;
    USHORT MaxLatency;
    USHORT PacketType;
    USHORT ContentFormat;
    USHORT Reserved;
    SCO_RETRANSMISSION_EFFORT RetransmissionEffort;
    ULONG ChannelFlags;
    CONNECTION_HANDLE HciConnectionHandle;
    SCO_LINK_TYPE LinkType;
    BASEBAND_CHANNEL_INFO BasebandInfo;
};

struct _BRB_SCO_TRANSFER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    SCO_CHANNEL_HANDLE ChannelHandle;
    ULONG TransferFlags;
    ULONG BufferSize;
    PVOID Buffer;
    PMDL BufferMDL;
    ULONGLONG DataTag;
};

struct _BRB_SCO_GET_SYSTEM_INFO {
    BRB_HEADER Hdr;
    ULONG Features;
    ULONG MaxChannels;
    ULONG TransferUnit;
    USHORT PacketTypes;
    USHORT DataFormats;
    ULONG Reserved;
};

#define CONNECT_RSP_RESULT_SUCCESS           (0x0)

#define L2CAP_RAF_DEFAULT_MAX_PDU_SIZE              (0x1F40)

#define L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE            (0x3F)

#define L2CAP_RAF_DEFAULT_MAXTRANSMIT               (0x10)

#define CFG_MTU                 (0x00000001)

#define CFG_ENHANCED            (0x00000040)

#define CM_BASIC                (0x00000001)

#define CM_RETRANSMISSION_AND_FLOW     (0x00000002)

#define CF_ROLE_EITHER          (0x00000000)

#define CALLBACK_DISCONNECT             (0x00000001)

typedef struct _INDICATION_PARAMETERS *PINDICATION_PARAMETERS;

typedef struct _INDICATION_PARAMETERS_ENHANCED *PINDICATION_PARAMETERS_ENHANCED;

typedef enum _INDICATION_CODE {
    IndicationAddReference = 0,
    IndicationReleaseReference,
    IndicationRemoteConnect,
    IndicationRemoteDisconnect,
    IndicationRemoteConfigRequest,
    IndicationRemoteConfigResponse,
    IndicationFreeExtraOptions,
    IndicationRecvPacket,
    IndicationPairDevice,
    IndicationUnpairDevice,
    IndicationUnpersonalizeDevice,
    IndicationRemoteConnectLE,
} INDICATION_CODE, *PINDICATION_CODE;

typedef
void
(*PFNBTHPORT_INDICATION_CALLBACK)(
    IN PVOID Context,
    IN INDICATION_CODE Indication,
    IN PINDICATION_PARAMETERS Parameters
    );

typedef
void
(*PFNBTHPORT_INDICATION_CALLBACK_ENHANCED)(
    IN PVOID Context,
    IN INDICATION_CODE Indication,
    IN PINDICATION_PARAMETERS_ENHANCED Parameters
    );

typedef struct _L2CAP_CONFIG_OPTION {
    CO_HEADER Header;
    VOID UNALIGNED *DynamicBuffer;
    UCHAR FixedBuffer[4];
    USHORT Flags;
} L2CAP_CONFIG_OPTION, *PL2CAP_CONFIG_OPTION;

typedef struct _CHANNEL_CONFIG_PARAMETERS {
    ULONG Flags;
    CO_MTU Mtu;
    CO_FLUSHTO FlushTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    L2CAP_FLOWSPEC Flow;
} CHANNEL_CONFIG_PARAMETERS, *PCHANNEL_CONFIG_PARAMETERS;

typedef struct _CHANNEL_CONFIG_PARAMETERS_ENHANCED {
    ULONG Flags;
    CO_MTU Mtu;
    CO_FLUSHTO FlushTO;
    ULONG NumExtraOptions;
    PL2CAP_CONFIG_OPTION ExtraOptions;
    L2CAP_FLOWSPEC Flow;
    L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
    CO_FCS  Fcs;
    L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
    CO_EXTENDED_WINDOW_SIZE ExtendedWindowSize;
} CHANNEL_CONFIG_PARAMETERS_ENHANCED, *PCHANNEL_CONFIG_PARAMETERS_ENHANCED;

typedef struct _CHANNEL_CONFIG_RESULTS_ENHANCED {
    CHANNEL_CONFIG_PARAMETERS_ENHANCED Params;
    ULONG ExtraOptionsBufferSize;
} CHANNEL_CONFIG_RESULTS_ENHANCED, *PCHANNEL_CONFIG_RESULTS_ENHANCED;

typedef struct _CHANNEL_CONFIG_RESULTS {
    CHANNEL_CONFIG_PARAMETERS Params;
    ULONG ExtraOptionsBufferSize;
} CHANNEL_CONFIG_RESULTS, *PCHANNEL_CONFIG_RESULTS;

typedef enum _L2CAP_DISCONNECT_REASON {
    HciDisconnect = 0,
    L2capDisconnectRequest,
    RadioPoweredDown,
    HardwareRemoval,
} L2CAP_DISCONNECT_REASON;

typedef struct _INDICATION_PARAMETERS {
    L2CAP_CHANNEL_HANDLE ConnectionHandle;
    IN BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                OUT USHORT PSM;
            } Request;
        } Connect;
        struct {
            CHANNEL_CONFIG_PARAMETERS CurrentParams;
            CHANNEL_CONFIG_PARAMETERS RequestedParams;
            CHANNEL_CONFIG_PARAMETERS ResponseParams;
            USHORT Response;
        } ConfigRequest;
        struct {
            CHANNEL_CONFIG_PARAMETERS CurrentParams;
            CHANNEL_CONFIG_PARAMETERS RequestedParams;
            CHANNEL_CONFIG_PARAMETERS RejectedParams;
            PCO_TYPE UnknownTypes;
            ULONG NumUnknownTypes;
            CHANNEL_CONFIG_PARAMETERS NewRequestParams;
            USHORT Response;
        } ConfigResponse;
        struct {
            ULONG NumExtraOptions;
            PL2CAP_CONFIG_OPTION ExtraOptions;
        } FreeExtraOptions;
        struct {
            L2CAP_DISCONNECT_REASON Reason;
            BOOLEAN CloseNow;
        } Disconnect;
        struct {
            ULONG PacketLength;
            ULONG TotalQueueLength;
        } RecvPacket;
    } Parameters;
} INDICATION_PARAMETERS, *PINDICATION_PARAMETERS;

typedef struct _INDICATION_PARAMETERS_ENHANCED {
    L2CAP_CHANNEL_HANDLE ConnectionHandle;
    IN BTH_ADDR BtAddress;
    union {
        struct {
            struct {
                OUT USHORT PSM;
            } Request;
        } Connect;
        struct {
            CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED ResponseParams;
            USHORT Response;
        } ConfigRequest;
        struct {
            CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED RejectedParams;
            PCO_TYPE UnknownTypes;
            ULONG NumUnknownTypes;
            CHANNEL_CONFIG_PARAMETERS_ENHANCED NewRequestParams;
            USHORT Response;
        } ConfigResponse;
        struct {
            ULONG NumExtraOptions;
            PL2CAP_CONFIG_OPTION ExtraOptions;
        } FreeExtraOptions;
        struct {
            L2CAP_DISCONNECT_REASON Reason;
            BOOLEAN CloseNow;
        } Disconnect;
        struct {
            ULONG PacketLength;
            ULONG TotalQueueLength;
        } RecvPacket;
        PVOID Reserved;
    } Parameters;
} INDICATION_PARAMETERS_ENHANCED, *PINDICATION_PARAMETERS_ENHANCED;

struct _BRB_L2CA_REGISTER_SERVER {
    BRB_HEADER  Hdr;
    BTH_ADDR    BtAddress;
    USHORT      PSM;
    ULONG       IndicationFlags;
    PFNBTHPORT_INDICATION_CALLBACK  IndicationCallback;
    PVOID       IndicationCallbackContext;
    PVOID       ReferenceObject;
    OUT L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_UNREGISTER_SERVER {
    BRB_HEADER  Hdr;
    BTH_ADDR    BtAddress;
    PVOID       ServerHandle;
    USHORT      Psm;
};

struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL {
    BRB_HEADER Hdr;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    union {
        struct {
            USHORT Response;
            USHORT ResponseStatus;
        };
        USHORT Psm;
    };
    ULONG ChannelFlags;
    BTH_ADDR BtAddress;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
        L2CAP_FLOWSPEC Flow;
        USHORT LinkTO;
        ULONG NumExtraOptions;
        PL2CAP_CONFIG_OPTION ExtraOptions;
        struct {
            UCHAR ServiceType;
            ULONG Latency;
        } LocalQos;
        struct {
            ULONG Flags;
            L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
        } ModeConfig;
        USHORT Fcs;
        L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
        USHORT ExtendedWindowSize;
    } ConfigOut;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_RANGE FlushTO;
    } ConfigIn;
    ULONG CallbackFlags;
    PFNBTHPORT_INDICATION_CALLBACK_ENHANCED Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    CHANNEL_CONFIG_RESULTS_ENHANCED OutResults;
    CHANNEL_CONFIG_RESULTS_ENHANCED InResults;
    UCHAR IncomingQueueDepth;
    PVOID Reserved;
};

struct _BRB_L2CA_OPEN_CHANNEL {
    BRB_HEADER Hdr;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    union {
        struct {
            USHORT Response;
            USHORT ResponseStatus;
        };
        USHORT Psm;
    };
    ULONG ChannelFlags;
    BTH_ADDR BtAddress;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_VALUE_RANGE FlushTO;
        L2CAP_FLOWSPEC Flow;
        USHORT LinkTO;
        ULONG NumExtraOptions;
        PL2CAP_CONFIG_OPTION ExtraOptions;
        struct {
            UCHAR ServiceType;
            ULONG Latency;
        } LocalQos;
    } ConfigOut;
    struct {
        ULONG Flags;
        L2CAP_CONFIG_VALUE_RANGE Mtu;
        L2CAP_CONFIG_RANGE FlushTO;
    } ConfigIn;
    ULONG CallbackFlags;
    PFNBTHPORT_INDICATION_CALLBACK Callback;
    PVOID CallbackContext;
    PVOID ReferenceObject;
    CHANNEL_CONFIG_RESULTS OutResults;
    CHANNEL_CONFIG_RESULTS InResults;
    UCHAR IncomingQueueDepth;
};

struct _BRB_L2CA_CLOSE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
};

#define ACL_TRANSFER_DIRECTION_OUT      (0x00000000)

#define ACL_TRANSFER_DIRECTION_IN       (0x00000001)

#define ACL_SHORT_TRANSFER_OK           (0x00000002)

struct _BRB_L2CA_ACL_TRANSFER {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    ULONG TransferFlags;
    ULONG BufferSize;
    PVOID Buffer;
    PMDL BufferMDL;
    LONGLONG Timeout;
    ULONG RemainingBufferSize;
};

struct _BRB_GET_LOCAL_BD_ADDR {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
};

struct _BRB_GET_DEVICE_INTERFACE_STRING {
    BRB_HEADER Hdr;
    PWCHAR DeviceInterfaceString;
    ULONG DeviceInterfaceStringCbLength;
};

struct _BRB_L2CA_PING {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    UCHAR PingRequestLength;
    UCHAR PingRequestData[MAX_L2CAP_PING_DATA_LENGTH];
    UCHAR PingResponseLength;
    UCHAR PingResponseData[MAX_L2CAP_PING_DATA_LENGTH];
};

struct _BRB_L2CA_UPDATE_CHANNEL {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    L2CAP_CHANNEL_HANDLE ChannelHandle;
    ULONG NewChannelFlags;
    ULONG FailedChannelFlags;
};

struct _BRB_PSM {
    BRB_HEADER Hdr;
    USHORT Psm;
};

typedef enum _ACL_MODE {
    ACL_MODE_ACTIVE         = 0x0,
    ACL_MODE_HOLD           = 0x1,
    ACL_MODE_SNIFF          = 0x2,
    ACL_MODE_PARK           = 0x3,
    ACL_MODE_ENTER_ACTIVE   = 0x4,
    ACL_MODE_ENTER_HOLD     = 0x5,
    ACL_MODE_ENTER_SNIFF    = 0x6,
    ACL_MODE_ENTER_PARK     = 0x7,
    ACL_DISCONNECTED        = 0x8,
} ACL_MODE;

struct _BRB_ACL_GET_MODE {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
    ACL_MODE AclMode;
};

struct _BRB_ACL_ENTER_ACTIVE_MODE {
    BRB_HEADER Hdr;
    BTH_ADDR BtAddress;
};

typedef struct _BRB {
    union {
        struct _BRB_HEADER                       BrbHeader;
        struct _BRB_GET_DEVICE_INTERFACE_STRING  BrbGetDeviceInterfaceString;
        struct _BRB_L2CA_REGISTER_SERVER         BrbL2caRegisterServer;
        struct _BRB_L2CA_UNREGISTER_SERVER       BrbL2caUnregisterServer;
        struct _BRB_L2CA_OPEN_CHANNEL            BrbL2caOpenChannel;
        struct _BRB_L2CA_CLOSE_CHANNEL           BrbL2caCloseChannel;
        struct _BRB_L2CA_PING                    BrbL2caPing;
        struct _BRB_L2CA_ACL_TRANSFER            BrbL2caAclTransfer;
        struct _BRB_GET_LOCAL_BD_ADDR            BrbGetLocalBdAddress;
        struct _BRB_PSM                          BrbPsm;
        struct _BRB_L2CA_UPDATE_CHANNEL          BrbL2caUpdateChannel;
        struct _BRB_SCO_REGISTER_SERVER          BrbScoRegisterServer;
        struct _BRB_SCO_UNREGISTER_SERVER        BrbScoUnregisterServer;
        struct _BRB_SCO_OPEN_CHANNEL             BrbScoOpenChannel;
        struct _BRB_SCO_CLOSE_CHANNEL            BrbScoCloseChannel;
        struct _BRB_SCO_FLUSH_CHANNEL            BrbScoFlushChannel;
        struct _BRB_SCO_TRANSFER                 BrbScoTransfer;
        struct _BRB_SCO_GET_CHANNEL_INFO         BrbScoGetChannelInfo;
        struct _BRB_SCO_GET_SYSTEM_INFO          BrbScoGetSystemInfo;
        struct _BRB_ACL_GET_MODE                 BrbAclGetMode;
        struct _BRB_ACL_ENTER_ACTIVE_MODE        BrbAclEnterActiveMode;
        struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL   BrbL2caOpenEnhancedChannel;
    };
} BRB, *PBRB;

_IRQL_requires_same_
_Must_inspect_result_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef
PBRB
(*PFNBTH_ALLOCATE_BRB)(
    _In_ BRB_TYPE brbType,
    _In_ ULONG tag);

_IRQL_requires_same_
typedef
VOID
(*PFNBTH_FREE_BRB)(
    _In_ __drv_freesMem(Mem) PBRB pBrb);

_IRQL_requires_same_
typedef
VOID
(*PFNBTH_INITIALIZE_BRB)(
    _Inout_ PBRB pBrb,
    _In_ BRB_TYPE brbType);

_IRQL_requires_same_
typedef
VOID
(*PFNBTH_REUSE_BRB)(
    _Inout_ PBRB pBrb,
    _In_ BRB_TYPE brbType);

_IRQL_requires_same_
_Must_inspect_result_
typedef
BOOLEAN
(* PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE)(_In_ UCHAR MajorVersion, _In_ UCHAR MinorVersion);

typedef struct _BTH_PROFILE_DRIVER_INTERFACE {
    INTERFACE       Interface;
    OUT PFNBTH_ALLOCATE_BRB BthAllocateBrb;
    OUT PFNBTH_FREE_BRB BthFreeBrb;
    OUT PFNBTH_INITIALIZE_BRB BthInitializeBrb;
    OUT PFNBTH_REUSE_BRB BthReuseBrb;
    OUT PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE IsBluetoothVersionAvailable;
}BTH_PROFILE_DRIVER_INTERFACE, *PBTH_PROFILE_DRIVER_INTERFACE;

DEFINE_GUID(GUID_BTHDDI_SDP_NODE_INTERFACE, 0x81a7fdf3, 0x86c1, 0x4be8, 0xa8, 0xc8, 0x2a, 0x6d, 0x18, 0x8b, 0x41, 0x77);

DEFINE_GUID(GUID_BTHDDI_SDP_PARSE_INTERFACE, 0x4e719439, 0x9cf1, 0x4bab, 0xac, 0x1d, 0x32, 0x79, 0x86, 0x57, 0x43, 0xd2);

DEFINE_GUID(GUID_BTHDDI_PROFILE_DRIVER_INTERFACE, 0x94a59aa8, 0x4383, 0x4286, 0xaa, 0x4f, 0x34, 0xa1, 0x60, 0xf4, 0x0, 0x4);

#define BTH_IOCTL_BASE      0

#define BTH_CTL(id)         CTL_CODE(FILE_DEVICE_BLUETOOTH,   (id),  METHOD_BUFFERED,   FILE_ANY_ACCESS)

#define BTH_KERNEL_CTL(id)  CTL_CODE(FILE_DEVICE_BLUETOOTH,   (id),  METHOD_NEITHER,   FILE_ANY_ACCESS)

#define IOCTL_INTERNAL_BTH_SUBMIT_BRB       BTH_KERNEL_CTL(BTH_IOCTL_BASE+0x00)

#define IOCTL_INTERNAL_BTHENUM_GET_DEVINFO  BTH_KERNEL_CTL(BTH_IOCTL_BASE+0x02)

#define IOCTL_BTH_SDP_CONNECT               BTH_CTL(BTH_IOCTL_BASE+0x80)

#define IOCTL_BTH_SDP_DISCONNECT            BTH_CTL(BTH_IOCTL_BASE+0x81)

#define IOCTL_BTH_SDP_SERVICE_ATTRIBUTE_SEARCH  BTH_CTL(BTH_IOCTL_BASE+0x84)

#define IOCTL_BTH_SDP_SUBMIT_RECORD         BTH_CTL(BTH_IOCTL_BASE+0x85)

#define IOCTL_BTH_SDP_REMOVE_RECORD         BTH_CTL(BTH_IOCTL_BASE+0x86)

#define IOCTL_BTH_GET_HOST_SUPPORTED_FEATURES BTH_CTL(BTH_IOCTL_BASE+0x88)

#define SDP_REQUEST_TO_DEFAULT      (0)

typedef ULONGLONG HANDLE_SDP, *PHANDLE_SDP;

#define HANDLE_SDP_TYPE         HANDLE_SDP

#define HANDLE_SDP_FIELD_NAME   hConnection

#define HANDLE_SDP_NULL     ((HANDLE_SDP)0x0)

typedef struct _BTH_SDP_CONNECT {
    BTH_ADDR     bthAddress;
    ULONG       fSdpConnect;
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
    UCHAR       requestTimeout;
} BTH_SDP_CONNECT,  *PBTH_SDP_CONNECT;

typedef struct _BTH_SDP_DISCONNECT {
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
} BTH_SDP_DISCONNECT, *PBTH_SDP_DISCONNECT;

typedef struct _BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST {
    HANDLE_SDP_TYPE HANDLE_SDP_FIELD_NAME;
    ULONG searchFlags;
    SdpQueryUuid uuids[MAX_UUIDS_IN_QUERY];
    SdpAttributeRange range[1];
} BTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST,
  *PBTH_SDP_SERVICE_ATTRIBUTE_SEARCH_REQUEST;

typedef struct _BTH_SDP_STREAM_RESPONSE {
    ULONG requiredSize;
    ULONG responseSize;
    UCHAR response[1];
} BTH_SDP_STREAM_RESPONSE, *PBTH_SDP_STREAM_RESPONSE;

#define BTH_HOST_FEATURE_ENHANCED_RETRANSMISSION_MODE          (0x0000000000000001)

typedef struct _BTH_HOST_FEATURE_MASK {
    ULONGLONG Mask;
    ULONGLONG Reserved1;
    ULONGLONG Reserved2;
} BTH_HOST_FEATURE_MASK, *PBTH_HOST_FEATURE_MASK;

#define BTHDDI_SDP_PARSE_INTERFACE_VERSION_FOR_QI       (0x0100)

#define BTHDDI_SDP_NODE_INTERFACE_VERSION_FOR_QI        (0x0100)

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_TREE_ROOT_NODE (*PCREATENODETREEROOT)(_In_ ULONG tag);

_IRQL_requires_same_
typedef NTSTATUS (*PFREETREE)(_In_ __drv_freesMem(Mem) PSDP_TREE_ROOT_NODE Tree);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PAPPENDNODETOCONTAINERNODE)(_In_ PSDP_NODE Container,
                                               _In_ __drv_aliasesMem PSDP_NODE Node);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PADDATTRIBUTETOTREEE)(_In_ PSDP_TREE_ROOT_NODE Root,
                                         _In_ USHORT AttribId,
                                         _In_ __drv_aliasesMem PSDP_NODE AttribValueNode,
                                         _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODENIL)(_In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEBOOLEAN)(_In_ UCHAR bVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUINT8)(_In_ UCHAR ucVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUINT16)(_In_ USHORT usVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUINT32)(_In_ ULONG ulVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUINT64)(_In_ ULONGLONG ullVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUINT128)(_In_ PSDP_ULARGE_INTEGER_16 puli16Val, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEINT8)(_In_ CHAR cVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEINT16)(_In_ SHORT sVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEINT32)(_In_ LONG lVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEINT64)(_In_ LONGLONG llVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEINT128)(_In_ PSDP_LARGE_INTEGER_16 pul16Val, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUUID16)(_In_ USHORT usVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUUID32)(_In_ ULONG ulVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEUUID128)(_In_ const GUID * pUuidVal, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODESTRING)(_In_reads_bytes_(stringLength) PCHAR string, _In_ ULONG stringLength, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEURL)(_In_reads_bytes_(urlLength) PCHAR url, _In_ ULONG urlLength, _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODEALTERNATIVE)(_In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
_When_(return!=0, __drv_allocatesMem(Mem))
typedef PSDP_NODE (*PCREATENODESEQUENCE)(_In_ ULONG tag);

typedef struct _BTHDDI_SDP_NODE_INTERFACE {
    INTERFACE           Interface;
    PCREATENODETREEROOT SdpCreateNodeTree;
    PFREETREE           SdpFreeTree;
    PCREATENODENIL      SdpCreateNodeNil;
    PCREATENODEBOOLEAN  SdpCreateNodeBoolean;
    PCREATENODEUINT8    SdpCreateNodeUint8;
    PCREATENODEUINT16   SdpCreateNodeUint16;
    PCREATENODEUINT32   SdpCreateNodeUint32;
    PCREATENODEUINT64   SdpCreateNodeUint64;
    PCREATENODEUINT128  SdpCreateNodeUint128;
    PCREATENODEINT8     SdpCreateNodeInt8;
    PCREATENODEINT16    SdpCreateNodeInt16;
    PCREATENODEINT32    SdpCreateNodeInt32;
    PCREATENODEINT64    SdpCreateNodeInt64;
    PCREATENODEINT128   SdpCreateNodeInt128;
    PCREATENODEUUID16   SdpCreateNodeUuid16;
    PCREATENODEUUID32   SdpCreateNodeUuid32;
    PCREATENODEUUID128  SdpCreateNodeUuid128;
    PCREATENODESTRING   SdpCreateNodeString;
    PCREATENODEURL      SdpCreateNodeUrl;
    PCREATENODEALTERNATIVE SdpCreateNodeAlternative;
    PCREATENODESEQUENCE SdpCreateNodeSequence;
    PADDATTRIBUTETOTREEE SdpAddAttributeToTree;
    PAPPENDNODETOCONTAINERNODE SdpAppendNodeToContainerNode;
} BTHDDI_SDP_NODE_INTERFACE, *PBTHDDI_SDP_NODE_INTERFACE;

_IRQL_requires_same_
typedef void (*PBYTESWAPUUID128)(_In_ GUID *pUuidFrom, _Out_ GUID *pUuiidTo);

_IRQL_requires_same_
typedef void (*PBYTESWAPUINT128)(_In_ PSDP_ULARGE_INTEGER_16 pInUint128,
                                 _Out_ PSDP_ULARGE_INTEGER_16 pOutUint128);

_IRQL_requires_same_
typedef ULONGLONG (*PBYTESWAPUINT64)(_In_ ULONGLONG uint64);

_IRQL_requires_same_
typedef void (*PRETRIEVEUUID128)(_In_ PUCHAR Stream, _Out_ GUID *uuid128);

_IRQL_requires_same_
typedef void (*PRETRIEVEUINT128)(_In_ PUCHAR Stream,
                                 _Out_ PSDP_ULARGE_INTEGER_16 pUint128);

_IRQL_requires_same_
typedef void (*PRETRIEVEUINT64)(_In_ PUCHAR Stream, _Out_ PULONGLONG pUint16);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PVALIDATESTREAM)(_In_reads_bytes_(Size) PUCHAR Stream,
                                    _In_ ULONG Size,
                                    _Out_ PULONG_PTR ErrorByte);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PFINDATTRIBUTEINTREE)(_In_ PSDP_TREE_ROOT_NODE Tree,
                                         _In_ USHORT AttribId,
                                         _Outptr_ PSDP_NODE *AttribValue);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PCONVERTTREETOSTREAM)(_In_ PSDP_TREE_ROOT_NODE Root,
                                         _Post_ _When_(return==0, __drv_allocatesMem(Mem)) PUCHAR *Stream,
                                         _Out_ PULONG Size,
                                         _In_ ULONG tag);

_Must_inspect_result_
_IRQL_requires_same_
typedef NTSTATUS (*PCONVERTSTREAMTOTREE)(_In_reads_bytes_(Size) PUCHAR Stream,
                                         _In_ ULONG Size,
                                         _Out_ PSDP_TREE_ROOT_NODE *Node,
                                         _In_ ULONG tag);

_IRQL_requires_same_
typedef VOID (*PGETNEXTELEMENT)(_In_reads_bytes_(StreamSize) PUCHAR Stream,
                                _In_ ULONG StreamSize,
                                _In_opt_ PUCHAR CurrentElement,
                                _Outptr_result_bytebuffer_(*NextElementSize) PUCHAR* NextElement,
                                _Out_ PULONG NextElementSize);

typedef VOID (*pReservedFunction)();

typedef struct _BTHDDI_SDP_PARSE_INTERFACE {
    INTERFACE               Interface;
    PVALIDATESTREAM         SdpValidateStream;
    PCONVERTSTREAMTOTREE    SdpConvertStreamToTree;
    PCONVERTTREETOSTREAM    SdpConvertTreeToStream;
    PFREETREE               SdpFreeTree;
    PBYTESWAPUUID128        SdpByteSwapUuid128;
    PBYTESWAPUINT128        SdpByteSwapUint128;
    PBYTESWAPUINT64         SdpByteSwapUint64;
    PRETRIEVEUUID128        SdpRetrieveUuid128;
    PRETRIEVEUINT128        SdpRetrieveUint128;
    PRETRIEVEUINT64         SdpRetrieveUint64;
    PFINDATTRIBUTEINTREE    SdpFindAttributeInTree;
    PGETNEXTELEMENT         SdpGetNextElement;
    pReservedFunction       Reserved1;
    pReservedFunction       Reserved2;
    pReservedFunction       Reserved3;
    pReservedFunction       Reserved4;
} BTHDDI_SDP_PARSE_INTERFACE, *PBTHDDI_SDP_PARSE_INTERFACE;

#endif
