/* A minimal NDIS 6 model (MinGW-w64's ndis.h is NDIS 5 and does not parse on
 * its own). Prototypes and constants from the public NDIS documentation. */
#pragma once
#ifndef PT_NDIS_H
#define PT_NDIS_H
#include <ntddk.h>

/* NDIS versions, as the WDK's ndis.h derives them: a miniport defines
 * NDIS_MINIPORT_DRIVER and NDISxxx_MINIPORT, other code NDISxxx; every
 * NDIS_SUPPORT_NDISxxx up to the highest version asked is 1. With no version
 * at all (the WDK stops with #error) we take 6.30, so the code still parses. */
#if defined(NDIS689_MINIPORT) || defined(NDIS689) || defined(NDIS688_MINIPORT) || defined(NDIS688) || \
    defined(NDIS687_MINIPORT) || defined(NDIS687) || defined(NDIS686_MINIPORT) || defined(NDIS686) || \
    defined(NDIS685_MINIPORT) || defined(NDIS685) || defined(NDIS684_MINIPORT) || defined(NDIS684) || \
    defined(NDIS683_MINIPORT) || defined(NDIS683) || defined(NDIS682_MINIPORT) || defined(NDIS682) || \
    defined(NDIS681_MINIPORT) || defined(NDIS681) || defined(NDIS680_MINIPORT) || defined(NDIS680)
#define PT_NDIS_VERSION 680
#elif defined(NDIS670_MINIPORT) || defined(NDIS670)
#define PT_NDIS_VERSION 670
#elif defined(NDIS660_MINIPORT) || defined(NDIS660)
#define PT_NDIS_VERSION 660
#elif defined(NDIS651_MINIPORT) || defined(NDIS651)
#define PT_NDIS_VERSION 651
#elif defined(NDIS650_MINIPORT) || defined(NDIS650)
#define PT_NDIS_VERSION 650
#elif defined(NDIS640_MINIPORT) || defined(NDIS640)
#define PT_NDIS_VERSION 640
#elif defined(NDIS630_MINIPORT) || defined(NDIS630)
#define PT_NDIS_VERSION 630
#elif defined(NDIS620_MINIPORT) || defined(NDIS620)
#define PT_NDIS_VERSION 620
#elif defined(NDIS61_MINIPORT) || defined(NDIS61)
#define PT_NDIS_VERSION 601
#elif defined(NDIS60_MINIPORT) || defined(NDIS60)
#define PT_NDIS_VERSION 600
#else
#define PT_NDIS_VERSION 630
#endif
#if defined(NDIS_MINIPORT_DRIVER) && !defined(NDIS_MINIPORT_MAJOR_VERSION)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION (PT_NDIS_VERSION == 601 ? 1 : PT_NDIS_VERSION % 100)
#endif
#ifndef NDIS_PROTOCOL_MAJOR_VERSION
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION (PT_NDIS_VERSION == 601 ? 1 : PT_NDIS_VERSION % 100)
#define NDIS_PROTOCOL_MINIMUM_MAJOR_VERSION NDIS_PROTOCOL_MAJOR_VERSION
#define NDIS_PROTOCOL_MINIMUM_MINOR_VERSION NDIS_PROTOCOL_MINOR_VERSION
#endif
#define NDIS_FILTER_MINIMUM_MAJOR_VERSION 6
#define NDIS_FILTER_MINIMUM_MINOR_VERSION (PT_NDIS_VERSION == 601 ? 1 : PT_NDIS_VERSION % 100)
#define PT_NDIS_AT_LEAST(v) (PT_NDIS_VERSION >= (v))
#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6 1
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61 PT_NDIS_AT_LEAST(601)
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 PT_NDIS_AT_LEAST(620)
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 PT_NDIS_AT_LEAST(630)
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 PT_NDIS_AT_LEAST(640)
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 PT_NDIS_AT_LEAST(650)
#endif
#ifndef NDIS_SUPPORT_NDIS651
#define NDIS_SUPPORT_NDIS651 PT_NDIS_AT_LEAST(651)
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 PT_NDIS_AT_LEAST(660)
#endif
#ifndef NDIS_SUPPORT_NDIS670
#define NDIS_SUPPORT_NDIS670 PT_NDIS_AT_LEAST(670)
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 PT_NDIS_AT_LEAST(680)
#endif
#ifndef NDIS_SUPPORT_NDIS681
#define NDIS_SUPPORT_NDIS681 0
#endif
#ifndef NDIS_LEGACY_DRIVER
#define NDIS_LEGACY_DRIVER 0
#define NDIS_LEGACY_MINIPORT 0
#define NDIS_LEGACY_PROTOCOL 0
#endif
#define NDIS_NT 1

/* MinGW-w64's ntddndis.h (the WDK's ndis.h includes it too): OIDs, NDIS_OBJECT_HEADER,
 * media, offload, statistics, link state, RSS, PM structures up to NDIS 6.30. */
#include <ntddndis.h>
#include <netevent.h>
/* ntddndis.h's NDIS 6.80 UDP hash types, which MinGW's lacks */
#if NDIS_SUPPORT_NDIS680 && !defined(NDIS_HASH_UDP_IPV4)
#define NDIS_HASH_UDP_IPV4 0x00004000
#define NDIS_HASH_UDP_IPV6 0x00008000
#define NDIS_HASH_UDP_IPV6_EX 0x00010000
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int UINT, *PUINT;
typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef ULONG NDIS_OID, *PNDIS_OID;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef ULONG NDIS_PORT_NUMBER;
typedef ULONG_PTR NDIS_PHYSICAL_ADDRESS_UNIT;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;

#define NDIS_STATUS_SUCCESS                 ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING                 ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED          ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_FAILURE                 ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES               ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_NOT_SUPPORTED           ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PARAMETER       ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_INVALID_LENGTH          ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_BUFFER_TOO_SHORT        ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_OID             ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_CLOSING                 ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_ADAPTER_NOT_READY       ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND       ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_REQUEST_ABORTED         ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_MEDIA_CONNECT           ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT        ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_PAUSED                  ((NDIS_STATUS)STATUS_NDIS_PAUSED)
#ifndef STATUS_NDIS_PAUSED
#define STATUS_NDIS_PAUSED                  ((NTSTATUS)0xC023002AL)
#endif

typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;


#define NDIS_OBJECT_TYPE_DEFAULT                        0x80
#define NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS       0x81
#define NDIS_OBJECT_TYPE_OID_REQUEST                    0x96
#define NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS 0x8A
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS  0xA7
#define NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS 0x95
#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 sizeof(NDIS_OID_REQUEST)


typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[16 * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

/* Net buffers and their lists, laid out as in the WDK (the unnamed unions
 * included: drivers name Next, DataLength, Status... directly). */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo, TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo, IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo, TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo, Ieee8021QNetBufferListInfo, NetBufferListCancelId,
    MediaSpecificInformation, NetBufferListFrameType, NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue, NetBufferListHashInfo, WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo, IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId, NetBufferListFilteringInfo, MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex, NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBytesTransferred, NrtNameResolutionId = TcpReceiveBytesTransferred,
    SwitchForwardingReserved, SwitchForwardingDetail, VirtualSubnetInfo, IMReserved,
    TcpRecvSegCoalesceInfo, RscTcpTimestampDelta,
    TcpSendOffloadsSupplementalNetBufferListInfo = RscTcpTimestampDelta,
    GftOffloadInformation, GftFlowEntryId, NetBufferListInfoReserved3,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;
struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};
struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};
struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    UCHAR ContextData[1];
};
struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
    };
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};
#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)
#define NET_BUFFER_DATA_PHYSICAL_ADDRESS(_NB) ((_NB)->DataPhysicalAddress)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SCATTER_GATHER_LIST(_NB) ((_NB)->ScatterGatherList)
#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) (((_NBL)->Context)->Size)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) \
    NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId) = (PVOID)(_CancelId)

#ifndef NDIS_STATUS_INVALID_DATA
#define NDIS_STATUS_INVALID_DATA            ((NDIS_STATUS)0xC0010015L)
#endif
#define NDIS_STATUS_MULTICAST_FULL          ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_DEVICE_FAILED           ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_NOT_ACCEPTED            ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_INDICATION_REQUIRED     ((NDIS_STATUS)STATUS_NDIS_INDICATION_REQUIRED)
#ifndef STATUS_NDIS_INDICATION_REQUIRED
#define STATUS_NDIS_INDICATION_REQUIRED     ((NTSTATUS)0x40230001L)
#endif


typedef struct _NDIS_EVENT { KEVENT Event; } NDIS_EVENT, *PNDIS_EVENT;
VOID NTAPI NdisInitializeEvent(PNDIS_EVENT Event);
VOID NTAPI NdisSetEvent(PNDIS_EVENT Event);
VOID NTAPI NdisResetEvent(PNDIS_EVENT Event);
BOOLEAN NTAPI NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);

/* the timer routine's role type (ndis.h: NDIS_TIMER_FUNCTION) */
typedef VOID NTAPI NDIS_TIMER_FUNCTION(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                                       PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;
typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PVOID TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
NDIS_STATUS NTAPI NdisAllocateTimerObject(NDIS_HANDLE NdisHandle, PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
                                          PNDIS_HANDLE pTimerObject);
BOOLEAN NTAPI NdisCancelTimerObject(NDIS_HANDLE TimerObject);
VOID NTAPI NdisFreeTimerObject(NDIS_HANDLE TimerObject);
BOOLEAN NTAPI NdisSetTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime, LONG MillisecondsPeriod,
                                 PVOID FunctionContext);
typedef struct _NDIS_MINIPORT_TIMER { KTIMER Timer; KDPC Dpc; PVOID MiniportTimerFunction;
    PVOID MiniportTimerContext; PVOID Miniport; struct _NDIS_MINIPORT_TIMER *NextTimer; } NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;
VOID NTAPI NdisMSleep(ULONG MicrosecondsToSleep);
VOID NTAPI NdisStallExecution(UINT MicrosecondsToStall);
NDIS_HANDLE NTAPI NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
VOID NTAPI NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle, PVOID Routine, PVOID WorkItemContext);
VOID NTAPI NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);
NDIS_HANDLE NTAPI NdisAllocateNetBufferListPool(NDIS_HANDLE NdisHandle, PVOID Parameters);
VOID NTAPI NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle);
VOID NTAPI NdisFSendNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
                                   NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
VOID NTAPI NdisFReturnNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags);
VOID NTAPI NdisFIndicateReceiveNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists,
                                              NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                                              ULONG ReceiveFlags);
VOID NTAPI NdisFSendNetBufferListsComplete(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
                                           ULONG SendCompleteFlags);
VOID NTAPI NdisFOidRequestComplete(NDIS_HANDLE FilterModuleHandle, PNDIS_OID_REQUEST OidRequest,
                                   NDIS_STATUS Status);
/* Registration attributes: what miniports pass to NdisMSetMiniportAttributes,
 * cast to the union pointer as the real headers want. */
typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    ULONG InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
VOID NTAPI NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle, PVOID StatusIndication);
VOID NTAPI NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle, ULONG ErrorCode, ULONG NumberOfErrorValues, ...);

/* Memory */
NDIS_STATUS NTAPI NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length, ULONG Tag);
PVOID NTAPI NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length, ULONG Tag,
                                              EX_POOL_PRIORITY Priority);
VOID NTAPI NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags);
VOID NTAPI NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, ULONG Tag);
#define NdisMoveMemory(D, S, L) RtlCopyMemory(D, S, L)
#define NdisZeroMemory(D, L) RtlZeroMemory(D, L)
#define NdisFillMemory(D, L, F) RtlFillMemory(D, L, F)
#define NdisEqualMemory(S1, S2, L) RtlEqualMemory(S1, S2, L)
#define NdisInitializeListHead(h) InitializeListHead(h)
#define NdisInterlockedIncrement(a) InterlockedIncrement(a)
#define NdisInterlockedDecrement(a) InterlockedDecrement(a)

/* Locks */
VOID NTAPI NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NTAPI NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);

/* Requests, NBLs */
NDIS_STATUS NTAPI NdisOidRequest(NDIS_HANDLE NdisBindingHandle, PNDIS_OID_REQUEST OidRequest);
NDIS_STATUS NTAPI NdisFOidRequest(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest);
VOID NTAPI NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle, PNDIS_OID_REQUEST OidRequest,
                                   NDIS_STATUS Status);
PNET_BUFFER_LIST NTAPI NdisAllocateNetBufferAndNetBufferList(NDIS_HANDLE PoolHandle,
                                                             USHORT ContextSize,
                                                             USHORT ContextBackFill, PMDL MdlChain,
                                                             ULONG DataOffset, SIZE_T DataLength);
VOID NTAPI NdisFreeNetBufferList(PNET_BUFFER_LIST NetBufferList);
VOID NTAPI NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle,
                                           PNET_BUFFER_LIST NetBufferLists, ULONG SendCompleteFlags);
VOID NTAPI NdisMIndicateReceiveNetBufferLists(NDIS_HANDLE MiniportAdapterHandle,
                                              PNET_BUFFER_LIST NetBufferList,
                                              NDIS_PORT_NUMBER PortNumber,
                                              ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
PVOID NTAPI NdisGetDataBuffer(PNET_BUFFER NetBuffer, ULONG BytesNeeded, PVOID Storage,
                              UINT AlignMultiple, UINT AlignOffset);

/* Drivers */
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS *PNDIS_MINIPORT_INIT_PARAMETERS;
typedef enum _NDIS_HALT_ACTION { NdisHaltDeviceDisabled, NdisHaltDeviceInstanceDeInstalled,
    NdisHaltDevicePoweredDown, NdisHaltDeviceSurpriseRemoved, NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed, NdisHaltDeviceStopped } NDIS_HALT_ACTION;
typedef NDIS_STATUS NTAPI MINIPORT_INITIALIZE(NDIS_HANDLE NdisMiniportHandle,
    NDIS_HANDLE MiniportDriverContext, PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef VOID NTAPI MINIPORT_HALT(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);
typedef VOID NTAPI MINIPORT_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef NDIS_STATUS NTAPI MINIPORT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext,
                                               PNDIS_OID_REQUEST OidRequest);
typedef VOID NTAPI MINIPORT_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext,
    PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;
typedef MINIPORT_HALT *MINIPORT_HALT_HANDLER;
typedef MINIPORT_UNLOAD *MINIPORT_DRIVER_UNLOAD;
typedef MINIPORT_OID_REQUEST *MINIPORT_OID_REQUEST_HANDLER;
typedef MINIPORT_SEND_NET_BUFFER_LISTS *MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER;


VOID NTAPI NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);

/* Filter drivers (ndis.h, ntddndis.h, ifdef.h): role types, attach/restart/
 * pause parameters, attributes, PnP events. Deep capability structures stay
 * incomplete types. */
typedef enum _NDIS_PARAMETER_TYPE { NdisParameterInteger, NdisParameterHexInteger,
    NdisParameterString, NdisParameterMultiString, NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

#define NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS 0x8C
#define NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES 0x8D
#define NDIS_OBJECT_TYPE_STATUS_INDICATION 0x98
#define NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS 0x99
#define NDIS_OBJECT_TYPE_RESTART_GENERAL_ATTRIBUTES 0xA2
#define NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT 0xA9
#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_FILTER_MAJOR_VERSION 6
#if defined(NDIS680)
#define NDIS_FILTER_MINOR_VERSION 80
#elif defined(NDIS670)
#define NDIS_FILTER_MINOR_VERSION 70
#elif defined(NDIS660)
#define NDIS_FILTER_MINOR_VERSION 60
#elif defined(NDIS650)
#define NDIS_FILTER_MINOR_VERSION 50
#elif defined(NDIS640)
#define NDIS_FILTER_MINOR_VERSION 40
#elif defined(NDIS630)
#define NDIS_FILTER_MINOR_VERSION 30
#elif defined(NDIS620)
#define NDIS_FILTER_MINOR_VERSION 20
#elif defined(NDIS61)
#define NDIS_FILTER_MINOR_VERSION 1
#else
#define NDIS_FILTER_MINOR_VERSION 0
#endif

typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1];
};
typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG LookaheadSize;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    struct _NDIS_RECEIVE_SCALE_CAPABILITIES *RecvScaleCapabilities;
    ULONG AccessType;     /* NET_IF_ACCESS_TYPE */
    ULONG Flags;
    ULONG ConnectionType; /* NET_IF_CONNECTION_TYPE */
    ULONG SupportedStatistics;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;
typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE SourceHandle;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_STATUS StatusCode;
    ULONG Flags;
    NDIS_HANDLE DestinationHandle;
    PVOID RequestId;
    PVOID StatusBuffer;
    ULONG StatusBufferSize;
    GUID Guid;
    PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;
typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved, NdisDevicePnPEventRemoved, NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped, NdisDevicePnPEventStopped, NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged, NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;
typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;
typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower, NetEventQueryPower, NetEventQueryRemoveDevice, NetEventCancelRemoveDevice,
    NetEventReconfigure, NetEventBindList, NetEventBindsComplete, NetEventPnPCapabilities,
    NetEventPause, NetEventRestart, NetEventPortActivation, NetEventPortDeactivation,
    NetEventIMReEnableDevice, NetEventNDKEnable, NetEventNDKDisable, NetEventFilterPreDetach,
    NetEventBindFailed, NetEventSwitchActivate, NetEventAllowBindsAbove, NetEventInhibitBindsAbove,
    NetEventAllowStart, NetEventRequirePause, NetEventUploadGftFlowEntries, NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;
typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;
typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NET_PNP_EVENT NetPnPEvent;
    ULONG Flags;
    ULONG SwitchId;   /* NDIS_NIC_SWITCH_ID */
    ULONG VPortId;    /* NDIS_NIC_SWITCH_VPORT_ID */
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

#ifndef NDIS_MAX_PHYS_ADDRESS_LENGTH
#define NDIS_MAX_PHYS_ADDRESS_LENGTH 32
#endif
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_STRING FilterModuleGuidName;
    NET_IFINDEX BaseMiniportIfIndex;
    PNDIS_STRING BaseMiniportInstanceName;
    PNDIS_STRING BaseMiniportName;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    NDIS_HANDLE MiniportMediaSpecificAttributes;
    struct _NDIS_OFFLOAD *DefaultOffloadConfiguration;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_LUID BaseMiniportNetLuid;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
    struct _NDIS_HD_SPLIT_CURRENT_CONFIG *HDSplitCurrentConfig;
    struct _NDIS_RECEIVE_FILTER_CAPABILITIES *ReceiveFilterCapabilities;
    PDEVICE_OBJECT MiniportPhysicalDeviceObject;
    struct _NDIS_NIC_SWITCH_CAPABILITIES *NicSwitchCapabilities;
    BOOLEAN BaseMiniportIfConnectorPresent;
    struct _NDIS_SRIOV_CAPABILITIES *SriovCapabilities;
    struct _NDIS_NIC_SWITCH_INFO_ARRAY *NicSwitchArray;
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;
typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;
typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;
typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

typedef NDIS_STATUS NTAPI SET_OPTIONS(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
typedef SET_OPTIONS FILTER_SET_OPTIONS;
typedef SET_OPTIONS *SET_OPTIONS_HANDLER;
typedef NDIS_STATUS NTAPI FILTER_ATTACH(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
                                        PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef VOID NTAPI FILTER_DETACH(NDIS_HANDLE FilterModuleContext);
typedef NDIS_STATUS NTAPI FILTER_SET_MODULE_OPTIONS(NDIS_HANDLE FilterModuleContext);
typedef NDIS_STATUS NTAPI FILTER_RESTART(NDIS_HANDLE FilterModuleContext,
                                         PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef NDIS_STATUS NTAPI FILTER_PAUSE(NDIS_HANDLE FilterModuleContext,
                                       PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef NDIS_STATUS NTAPI FILTER_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest);
typedef VOID NTAPI FILTER_CANCEL_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PVOID RequestId);
typedef VOID NTAPI FILTER_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferList,
                                                NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
typedef VOID NTAPI FILTER_CANCEL_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PVOID CancelId);
typedef VOID NTAPI FILTER_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext,
                                                  PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags);
typedef VOID NTAPI FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE FilterModuleContext,
                                                         PNET_BUFFER_LIST NetBufferList, ULONG SendCompleteFlags);
typedef VOID NTAPI FILTER_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext,
    PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
    ULONG ReceiveFlags);
typedef VOID NTAPI FILTER_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE FilterModuleContext,
                                                  PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef NDIS_STATUS NTAPI FILTER_NET_PNP_EVENT(NDIS_HANDLE FilterModuleContext,
                                               PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef VOID NTAPI FILTER_STATUS(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication);
typedef VOID NTAPI FILTER_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
                                               NDIS_STATUS Status);
typedef FILTER_OID_REQUEST FILTER_DIRECT_OID_REQUEST;
typedef FILTER_OID_REQUEST_COMPLETE FILTER_DIRECT_OID_REQUEST_COMPLETE;
typedef FILTER_CANCEL_OID_REQUEST FILTER_CANCEL_DIRECT_OID_REQUEST;
typedef FILTER_DIRECT_OID_REQUEST *FILTER_DIRECT_OID_REQUEST_HANDLER;
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE *FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER;
typedef FILTER_CANCEL_DIRECT_OID_REQUEST *FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER;
typedef FILTER_ATTACH *FILTER_ATTACH_HANDLER;
typedef FILTER_DETACH *FILTER_DETACH_HANDLER;
typedef FILTER_SET_MODULE_OPTIONS *FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER;
typedef FILTER_RESTART *FILTER_RESTART_HANDLER;
typedef FILTER_PAUSE *FILTER_PAUSE_HANDLER;
typedef FILTER_OID_REQUEST *FILTER_OID_REQUEST_HANDLER;
typedef FILTER_CANCEL_OID_REQUEST *FILTER_CANCEL_OID_REQUEST_HANDLER;
typedef FILTER_SEND_NET_BUFFER_LISTS *FILTER_SEND_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS *FILTER_CANCEL_SEND_HANDLER;
typedef FILTER_RETURN_NET_BUFFER_LISTS *FILTER_RETURN_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE *FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;
typedef FILTER_RECEIVE_NET_BUFFER_LISTS *FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY *FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
typedef FILTER_NET_PNP_EVENT *FILTER_NET_PNP_EVENT_HANDLER;
typedef FILTER_STATUS *FILTER_STATUS_HANDLER;
typedef FILTER_OID_REQUEST_COMPLETE *FILTER_OID_REQUEST_COMPLETE_HANDLER;
typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING FriendlyName;
    NDIS_STRING UniqueName;
    NDIS_STRING ServiceName;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
    FILTER_ATTACH_HANDLER AttachHandler;
    FILTER_DETACH_HANDLER DetachHandler;
    FILTER_RESTART_HANDLER RestartHandler;
    FILTER_PAUSE_HANDLER PauseHandler;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    FILTER_OID_REQUEST_HANDLER OidRequestHandler;
    FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    FILTER_STATUS_HANDLER StatusHandler;
    FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;                   /* NDIS 6.1 */
    FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
    FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;
NDIS_STATUS NTAPI NdisFRegisterFilterDriver(PDRIVER_OBJECT DriverObject,
    NDIS_HANDLE FilterDriverContext, PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
    PNDIS_HANDLE NdisFilterDriverHandle);
VOID NTAPI NdisFDeregisterFilterDriver(NDIS_HANDLE NdisFilterDriverHandle);

#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(t)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(t)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(t)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(t)

#ifdef __cplusplus
}
#endif
#include "pt_ndis6.h"
#include "pt_ndis_poll.h"
#include "pt_ndis_gen.h"
#endif
