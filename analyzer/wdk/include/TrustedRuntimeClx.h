/* pooltrack: the WDK's TrustedRuntimeClx.h and TrustedRT.h (none in
 * MinGW-w64): the trusted execution environment class extension's secure
 * service callbacks, requests and IOCTLs. Selected from the WDK 10.0.16299
 * km/trustedruntimeclx.h and shared/trustedrt.h by the names TrEE miniports
 * use (docs/supplement.md). */
#pragma once
#ifndef PT_TRUSTEDRUNTIMECLX_H
#define PT_TRUSTEDRUNTIMECLX_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */
#define IOCTL_TR_SERVICE_QUERY      CTL_CODE(FILE_DEVICE_TRUST_ENV, 0, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define IOCTL_TR_EXECUTE_FUNCTION   CTL_CODE(FILE_DEVICE_TRUST_ENV, 1, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _TR_SERVICE_INFORMATION_V1 {
    ULONG InterfaceVersion;
    ULONG ServiceMajorVersion;
    ULONG ServiceMinorVersion;
} TR_SERVICE_INFORMATION_V1, *PTR_SERVICE_INFORMATION_V1;

typedef TR_SERVICE_INFORMATION_V1 TR_SERVICE_INFORMATION,
                                  *PTR_SERVICE_INFORMATION;

typedef struct _TR_SERVICE_REQUEST_V1 {
    ULONG InterfaceVersion;
    ULONG ServiceMajorVersion;
    ULONG ServiceMinorVersion;
    ULONG FunctionCode;
    _Field_size_bytes_(InputBufferSize) PVOID64 InputBuffer;
    ULONG64 InputBufferSize;
    _Field_size_bytes_(OutputBufferSize) PVOID64 OutputBuffer;
    ULONG64 OutputBufferSize;
} TR_SERVICE_REQUEST_V1, *PTR_SERVICE_REQUEST_V1;

typedef TR_SERVICE_REQUEST_V1 TR_SERVICE_REQUEST, *PTR_SERVICE_REQUEST;

typedef struct _TR_SERVICE_REQUEST_RESPONSE_V1 {
    ULONG InterfaceVersion;
    ULONG64 BytesWritten;
} TR_SERVICE_REQUEST_RESPONSE_V1, *PTR_SERVICE_REQUEST_RESPONSE_V1;

typedef TR_SERVICE_REQUEST_RESPONSE_V1 TR_SERVICE_REQUEST_RESPONSE,
                                       *PTR_SERVICE_REQUEST_RESPONSE;

typedef struct _TR_SECURE_DEVICE_CALLBACKS_V1 TR_SECURE_DEVICE_CALLBACKS_V1,
                                              *PTR_SECURE_DEVICE_CALLBACKS_V1;

typedef TR_SECURE_DEVICE_CALLBACKS_V1 TR_SECURE_DEVICE_CALLBACKS,
                                      *PTR_SECURE_DEVICE_CALLBACKS;

typedef struct _TR_SECURE_SERVICE_CALLBACKS_V1 TR_SECURE_SERVICE_CALLBACKS_V1,
                                               *PTR_SECURE_SERVICE_CALLBACKS_V1;

typedef TR_SECURE_SERVICE_CALLBACKS_V1 TR_SECURE_SERVICE_CALLBACKS,
                                       *PTR_SECURE_SERVICE_CALLBACKS;

typedef
_Function_class_(EVT_TR_CREATE_SECURE_DEVICE_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_DEVICE_CONTEXT(
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_CREATE_SECURE_DEVICE_CONTEXT
        *PFN_TR_CREATE_SECURE_DEVICE_CONTEXT;

typedef
_Function_class_(EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT(
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_DESTROY_SECURE_DEVICE_CONTEXT
        *PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT;

typedef
_Function_class_(EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice,
    _In_ WDFCMRESLIST RawResources,
    _In_ WDFCMRESLIST TranslatedResources
    );

typedef EVT_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT
       *PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT;

typedef
_Function_class_(EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice,
    _In_ WDFCMRESLIST TranslatedResources
    );

typedef EVT_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT
       *PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT;

typedef
_Function_class_(EVT_TR_CONNECT_SECURE_ENVIRONMENT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CONNECT_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice
    );

typedef EVT_TR_CONNECT_SECURE_ENVIRONMENT *PFN_TR_CONNECT_SECURE_ENVIRONMENT;

typedef
_Function_class_(EVT_TR_DISCONNECT_SECURE_ENVIRONMENT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DISCONNECT_SECURE_ENVIRONMENT(
    _In_ WDFDEVICE MasterDevice
    );

typedef EVT_TR_DISCONNECT_SECURE_ENVIRONMENT
        *PFN_TR_DISCONNECT_SECURE_ENVIRONMENT;

typedef enum _TR_SECURE_DEPENDENCY_TYPE {
    TRSecureOSDependency,
    TRSecureResourceDependency
} TR_SECURE_DEPENDENCY_TYPE;

typedef struct _TR_SECURE_DEPENDENCY_V1 {
    TR_SECURE_DEPENDENCY_TYPE Type;
    ULONG MaxRequired;
    GUID Id;
} TR_SECURE_DEPENDENCY_V1, *PTR_SECURE_DEPENDENCY_V1;

typedef struct _TR_SECURE_SERVICE_V1 {
    ULONG DescriptionSize;
    GUID ServiceGuid;
    ULONG MajorVersion;
    ULONG MinorVersion;
    ULONG ExtensionOffset;
    ULONG CountDependencies;
    TR_SECURE_DEPENDENCY_V1 Dependencies[ANYSIZE_ARRAY];
} TR_SECURE_SERVICE_V1, *PTR_SECURE_SERVICE_V1;

typedef TR_SECURE_SERVICE_V1 TR_SECURE_SERVICE, *PTR_SECURE_SERVICE;

#define TR_SECURE_SERVICE_EXTENSION_VERSION_1 1

typedef struct _TR_SECURE_SERVICE_EXTENSION_V1 {
    ULONG ExtensionVersion;

    ULONG SecurityDescriptorStringOffset;
} TR_SECURE_SERVICE_EXTENSION_V1, *PTR_SECURE_SERVICE_EXTENSION_V1;

#define TR_SECURE_SERVICE_EXTENSION_VERSION   TR_SECURE_SERVICE_EXTENSION_VERSION_1

typedef TR_SECURE_SERVICE_EXTENSION_V1 TR_SECURE_SERVICE_EXTENSION,
                                       *PTR_SECURE_SERVICE_EXTENSION;

typedef
_Function_class_(EVT_TR_ENUMERATE_SECURE_SERVICES)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_ENUMERATE_SECURE_SERVICES(
    _In_ WDFDEVICE MasterDevice,
    _In_ ULONG Index,
    _Inout_updates_bytes_opt_(*DescriptionSize) PUCHAR SecureServiceDescription,
    _Inout_ ULONG *DescriptionSize
    );

typedef EVT_TR_ENUMERATE_SECURE_SERVICES *PFN_TR_ENUMERATE_SECURE_SERVICES;

typedef
_Function_class_(EVT_TR_PROCESS_OTHER_DEVICE_IO)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
EVT_TR_PROCESS_OTHER_DEVICE_IO(
    _In_ WDFDEVICE MasterDevice,
    _In_ WDFREQUEST Request
    );

typedef EVT_TR_PROCESS_OTHER_DEVICE_IO *PFN_TR_PROCESS_OTHER_DEVICE_IO;

typedef
_Function_class_(EVT_TR_QUERY_SERVICE_CALLBACKS)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
PTR_SECURE_SERVICE_CALLBACKS
EVT_TR_QUERY_SERVICE_CALLBACKS(
    _In_ WDFDEVICE MasterDevice,
    _In_ LPGUID ServiceGuid
    );

typedef EVT_TR_QUERY_SERVICE_CALLBACKS *PFN_TR_QUERY_SERVICE_CALLBACKS;

typedef
_Function_class_(EVT_TR_CREATE_SECURE_SERVICE_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_SERVICE_CONTEXT(
    _In_ WDFDEVICE MasterDevice,
    _In_ LPCGUID ServiceGuid,
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_CREATE_SECURE_SERVICE_CONTEXT
        *PFN_TR_CREATE_SECURE_SERVICE_CONTEXT;

typedef
_Function_class_(EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT(
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_DESTROY_SECURE_SERVICE_CONTEXT
        *PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT;

typedef
_Function_class_(EVT_TR_CONNECT_SECURE_SERVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CONNECT_SECURE_SERVICE(
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_CONNECT_SECURE_SERVICE *PFN_TR_CONNECT_SECURE_SERVICE;

typedef
_Function_class_(EVT_TR_DISCONNECT_SECURE_SERVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DISCONNECT_SECURE_SERVICE(
    _In_ WDFDEVICE ServiceDevice
    );

typedef EVT_TR_DISCONNECT_SECURE_SERVICE *PFN_TR_DISCONNECT_SECURE_SERVICE;

typedef
_Function_class_(EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT(
    _In_ WDFDEVICE ServiceDevice,
    _Out_ WDFOBJECT *SessionContextObject
    );

typedef EVT_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT
        *PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT;

typedef
_Function_class_(EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT(
    _In_ WDFDEVICE ServiceDevice,
    _Inout_ WDFOBJECT *SessionContextObject
    );

typedef EVT_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT
        *PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT;

#define TR_SERVICE_REQUEST_FROM_USERMODE        1

typedef
_Function_class_(EVT_TR_PROCESS_SECURE_SERVICE_REQUEST)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_TR_PROCESS_SECURE_SERVICE_REQUEST(
    _In_ WDFDEVICE ServiceDevice,
    _In_ WDFOBJECT SessionContext,
    _In_ PVOID RequestHandle,
    _In_ KPRIORITY Priority,
    _In_ PTR_SERVICE_REQUEST Request,
    _In_ ULONG Flags,
    _Out_ PULONG_PTR BytesWritten,
    _Inout_opt_ PVOID* RequestContext
    );

typedef EVT_TR_PROCESS_SECURE_SERVICE_REQUEST
        *PFN_TR_PROCESS_SECURE_SERVICE_REQUEST;

typedef
_Function_class_(EVT_TR_CANCEL_SECURE_SERVICE_REQUEST)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
EVT_TR_CANCEL_SECURE_SERVICE_REQUEST(
    _In_ WDFDEVICE ServiceDevice,
    _In_ WDFOBJECT SessionContext,
    _In_ PVOID RequestHandle,
    _Inout_opt_ _Post_equal_to_(NULL) PVOID* RequestContext
    );

typedef EVT_TR_CANCEL_SECURE_SERVICE_REQUEST
        *PFN_TR_CANCEL_SECURE_SERVICE_REQUEST;

typedef
_Function_class_(EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO(
    _In_ WDFDEVICE ServiceDevice,
    _In_ WDFOBJECT SessionContext,
    _In_ WDFREQUEST Request
    );

typedef EVT_TR_PROCESS_OTHER_SECURE_SERVICE_IO
        *PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO;

#define TR_DEVICE_SERIALIZE_ALL_REQUESTS        0x00000003

#define TR_DEVICE_STACK_RESERVE_8K              0x0000000C

struct _TR_SECURE_DEVICE_CALLBACKS_V1 {
    ULONG Flags;

    PFN_TR_CREATE_SECURE_DEVICE_CONTEXT  EvtTrCreateSecureDeviceContext;
    PFN_TR_DESTROY_SECURE_DEVICE_CONTEXT EvtTrDestroySecureDeviceContext;

    PFN_TR_PREPARE_HARDWARE_SECURE_ENVIRONMENT EvtTrPrepareHardwareSecureEnvironment;
    PFN_TR_RELEASE_HARDWARE_SECURE_ENVIRONMENT EvtTrReleaseHardwareSecureEnvironment;

    PFN_TR_CONNECT_SECURE_ENVIRONMENT    EvtTrConnectSecureEnvironment;
    PFN_TR_DISCONNECT_SECURE_ENVIRONMENT EvtTrDisconnectSecureEnvironment;

    PFN_TR_ENUMERATE_SECURE_SERVICES EvtTrEnumerateSecureServices;
    PFN_TR_PROCESS_OTHER_DEVICE_IO   EvtTrProcessOtherDeviceIo;

    PFN_TR_QUERY_SERVICE_CALLBACKS   EvtTrQueryServiceCallbacks;
};

struct _TR_SECURE_SERVICE_CALLBACKS_V1 {
    ULONG Flags;

    PFN_TR_CREATE_SECURE_SERVICE_CONTEXT  EvtTrCreateSecureServiceContext;
    PFN_TR_DESTROY_SECURE_SERVICE_CONTEXT EvtTrDestroySecureServiceContext;

    PFN_TR_CONNECT_SECURE_SERVICE    EvtTrConnectSecureService;
    PFN_TR_DISCONNECT_SECURE_SERVICE EvtTrDisconnectSecureService;

    PFN_TR_CREATE_SECURE_SERVICE_SESSION_CONTEXT  EvtTrCreateSecureSessionContext;
    PFN_TR_DESTROY_SECURE_SERVICE_SESSION_CONTEXT EvtTrDestroySecureSessionContext;

    PFN_TR_PROCESS_SECURE_SERVICE_REQUEST  EvtTrProcessSecureServiceRequest;
    PFN_TR_CANCEL_SECURE_SERVICE_REQUEST   EvtTrCancelSecureServiceRequest;
    PFN_TR_PROCESS_OTHER_SECURE_SERVICE_IO EvtTrProcessOtherSecureServiceIo;
};
/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
