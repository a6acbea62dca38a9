/* A minimal NDIS 6 model (MinGW-w64's ndis.h is NDIS 5 and does not parse on
 * its own). Prototypes and constants from the public NDIS documentation. */
#pragma once
#ifndef PT_NDIS_H
#define PT_NDIS_H
#include <ntddk.h>

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

typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;

#define NDIS_OBJECT_TYPE_DEFAULT                        0x80
#define NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS       0x81
#define NDIS_OBJECT_TYPE_OID_REQUEST                    0x96
#define NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS 0x8A
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS  0xA7
#define NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS 0x95
#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 sizeof(NDIS_OID_REQUEST)

typedef enum _NDIS_REQUEST_TYPE {
    NdisRequestQueryInformation,
    NdisRequestSetInformation,
    NdisRequestQueryStatistics,
    NdisRequestOpen,
    NdisRequestClose,
    NdisRequestSend,
    NdisRequestTransferData,
    NdisRequestReset,
    NdisRequestGeneric1,
    NdisRequestGeneric2,
    NdisRequestGeneric3,
    NdisRequestGeneric4,
    NdisRequestMethod = 12,
} NDIS_REQUEST_TYPE, *PNDIS_REQUEST_TYPE;

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

typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
struct _NET_BUFFER {
    PNET_BUFFER Next;
    PMDL CurrentMdl;
    ULONG CurrentMdlOffset;
    ULONG DataLength;
    PMDL MdlChain;
    ULONG DataOffset;
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
};
struct _NET_BUFFER_LIST {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
    PVOID Context;
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
    NDIS_STATUS Status;
    PVOID NetBufferListInfo[20];
};
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)

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

typedef enum _NDIS_DEVICE_POWER_STATE { NdisDeviceStateUnspecified = 0, NdisDeviceStateD0,
    NdisDeviceStateD1, NdisDeviceStateD2, NdisDeviceStateD3, NdisDeviceStateMaximum
} NDIS_DEVICE_POWER_STATE, *PNDIS_DEVICE_POWER_STATE;

typedef struct _NDIS_EVENT { KEVENT Event; } NDIS_EVENT, *PNDIS_EVENT;
VOID NTAPI NdisInitializeEvent(PNDIS_EVENT Event);
VOID NTAPI NdisSetEvent(PNDIS_EVENT Event);
VOID NTAPI NdisResetEvent(PNDIS_EVENT Event);
BOOLEAN NTAPI NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);

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
typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES 0x81
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
NDIS_STATUS NTAPI NdisMSetMiniportAttributes(NDIS_HANDLE NdisMiniportHandle,
                                             PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);
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

typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    PVOID SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD UnloadHandler;
    PVOID PauseHandler;
    PVOID RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    PVOID ReturnNetBufferListsHandler;
    PVOID CancelSendHandler;
    PVOID CheckForHangHandlerEx;
    PVOID ResetHandlerEx;
    PVOID DevicePnPEventNotifyHandler;
    PVOID ShutdownHandlerEx;
    PVOID CancelOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

NDIS_STATUS NTAPI NdisMRegisterMiniportDriver(PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath, NDIS_HANDLE MiniportDriverContext,
    PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    PNDIS_HANDLE NdisMiniportDriverHandle);
VOID NTAPI NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);

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
    PVOID SetOptionsHandler;
    PVOID SetFilterModuleOptionsHandler;
    PVOID AttachHandler;
    PVOID DetachHandler;
    PVOID RestartHandler;
    PVOID PauseHandler;
    PVOID SendNetBufferListsHandler;
    PVOID SendNetBufferListsCompleteHandler;
    PVOID CancelSendNetBufferListsHandler;
    PVOID ReceiveNetBufferListsHandler;
    PVOID ReturnNetBufferListsHandler;
    PVOID OidRequestHandler;
    PVOID OidRequestCompleteHandler;
    PVOID CancelOidRequestHandler;
    PVOID DevicePnPEventNotifyHandler;
    PVOID NetPnPEventHandler;
    PVOID StatusHandler;
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
#endif
