/* pooltrack: spbcx.h (none in MinGW-w64), the simple peripheral bus class
 * extension for SPB controller drivers: target and request handles, request
 * types and sequence positions, the controller callbacks and configuration,
 * connection, request and transfer parameters, and the Spb* routines (from
 * the function-table wrappers by tools/supplement/cx_prototypes.py). Names,
 * members and values as in the WDK 10.0.16299 km/spb/1.0/spbcx.h. Samples
 * include it as SPBCx.h (found case-insensitively). */
#pragma once
#ifndef PT_SPBCX_H
#define PT_SPBCX_H
#include <wdf.h>
#include "spb.h"
#ifdef __cplusplus
extern "C" {
#endif
#ifdef __cplusplus
}
struct SPBTARGET__ : WDFFILEOBJECT__ { };   /* as the WDK's: a target is a file object, a request a request */
typedef struct SPBTARGET__ *SPBTARGET;
struct SPBREQUEST__ : WDFREQUEST__ { };
typedef struct SPBREQUEST__ *SPBREQUEST;
extern "C" {
#else
PT_WDF_HANDLE(SPBTARGET); PT_WDF_HANDLE(SPBREQUEST);
#endif
typedef enum _SPB_REQUEST_TYPE {
    SpbRequestTypeUndefined = 0, SpbRequestTypeRead, SpbRequestTypeWrite, SpbRequestTypeSequence,
    SpbRequestTypeLockController, SpbRequestTypeUnlockController, SpbRequestTypeLockConnection,
    SpbRequestTypeUnlockConnection, SpbRequestTypeOther, SpbRequestTypeMax
} SPB_REQUEST_TYPE, *PSPB_REQUEST_TYPE;
typedef enum _SPB_REQUEST_SEQUENCE_POSITION {
    SpbRequestSequencePositionInvalid = 0, SpbRequestSequencePositionSingle, SpbRequestSequencePositionFirst,
    SpbRequestSequencePositionContinue, SpbRequestSequencePositionLast, SpbRequestSequencePositionMax
} SPB_REQUEST_SEQUENCE_POSITION, *PSPB_REQUEST_SEQUENCE_POSITION;
typedef NTSTATUS EVT_SPB_TARGET_CONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_CONNECT *PFN_SPB_TARGET_CONNECT;
typedef VOID EVT_SPB_TARGET_DISCONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_DISCONNECT *PFN_SPB_TARGET_DISCONNECT;
typedef VOID EVT_SPB_CONTROLLER_LOCK(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST LockRequest);
typedef EVT_SPB_CONTROLLER_LOCK *PFN_SPB_CONTROLLER_LOCK;
typedef VOID EVT_SPB_CONTROLLER_UNLOCK(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST UnlockRequest);
typedef EVT_SPB_CONTROLLER_UNLOCK *PFN_SPB_CONTROLLER_UNLOCK;
typedef VOID EVT_SPB_CONTROLLER_READ(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_READ *PFN_SPB_CONTROLLER_READ;
typedef VOID EVT_SPB_CONTROLLER_WRITE(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_WRITE *PFN_SPB_CONTROLLER_WRITE;
typedef VOID EVT_SPB_CONTROLLER_SEQUENCE(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
                                         ULONG TransferCount);
typedef EVT_SPB_CONTROLLER_SEQUENCE *PFN_SPB_CONTROLLER_SEQUENCE;
typedef VOID EVT_SPB_CONTROLLER_OTHER(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
                                      size_t OutputBufferLength, size_t InputBufferLength, ULONG IoControlCode);
typedef EVT_SPB_CONTROLLER_OTHER *PFN_SPB_CONTROLLER_OTHER;
typedef struct _SPB_CONTROLLER_CONFIG {
    ULONG Size;
    WDF_IO_QUEUE_DISPATCH_TYPE ControllerDispatchType;
    WDF_TRI_STATE PowerManaged;
    PFN_SPB_TARGET_CONNECT EvtSpbTargetConnect;
    PFN_SPB_TARGET_DISCONNECT EvtSpbTargetDisconnect;
    PFN_SPB_CONTROLLER_LOCK EvtSpbControllerLock;
    PFN_SPB_CONTROLLER_UNLOCK EvtSpbControllerUnlock;
    PFN_SPB_CONTROLLER_READ EvtSpbIoRead;
    PFN_SPB_CONTROLLER_WRITE EvtSpbIoWrite;
    PFN_SPB_CONTROLLER_SEQUENCE EvtSpbIoSequence;
} SPB_CONTROLLER_CONFIG, *PSPB_CONTROLLER_CONFIG;
FORCEINLINE VOID SPB_CONTROLLER_CONFIG_INIT(SPB_CONTROLLER_CONFIG *Config)
{
    RtlZeroMemory(Config, sizeof(SPB_CONTROLLER_CONFIG));
    Config->Size = sizeof(SPB_CONTROLLER_CONFIG);
    Config->ControllerDispatchType = WdfIoQueueDispatchSequential;
    Config->PowerManaged = WdfUseDefault;
}
typedef struct _SPB_CONNECTION_PARAMETERS {
    USHORT Size;
    PCWSTR ConnectionTag;
    PVOID ConnectionParameters;
} SPB_CONNECTION_PARAMETERS, *PSPB_CONNECTION_PARAMETERS;
FORCEINLINE VOID SPB_CONNECTION_PARAMETERS_INIT(SPB_CONNECTION_PARAMETERS *Parameters)
{
    RtlZeroMemory(Parameters, sizeof(*Parameters));
    Parameters->Size = sizeof(*Parameters);
}
typedef struct _SPB_REQUEST_PARAMETERS {
    USHORT Size;
    SPB_REQUEST_TYPE Type;
    SPB_REQUEST_SEQUENCE_POSITION Position;
    SPB_TRANSFER_DIRECTION PreviousTransferDirection;
    size_t Length;
    ULONG SequenceTransferCount;
} SPB_REQUEST_PARAMETERS, *PSPB_REQUEST_PARAMETERS;
FORCEINLINE VOID SPB_REQUEST_PARAMETERS_INIT(SPB_REQUEST_PARAMETERS *Parameters)
{
    RtlZeroMemory(Parameters, sizeof(*Parameters));
    Parameters->Size = sizeof(*Parameters);
}
typedef struct SPB_TRANSFER_DESCRIPTOR {
    USHORT Size;
    SPB_TRANSFER_DIRECTION Direction;
    size_t TransferLength;
    ULONG DelayInUs;
} SPB_TRANSFER_DESCRIPTOR, *PSPB_TRANSFER_DESCRIPTOR;
FORCEINLINE VOID SPB_TRANSFER_DESCRIPTOR_INIT(SPB_TRANSFER_DESCRIPTOR *Descriptor)
{
    RtlZeroMemory(Descriptor, sizeof(*Descriptor));
    Descriptor->Size = sizeof(*Descriptor);
}
NTSTATUS NTAPI SpbDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS NTAPI SpbDeviceInitialize(WDFDEVICE FxDevice, PSPB_CONTROLLER_CONFIG Config);
VOID NTAPI SpbControllerSetIoOtherCallback(WDFDEVICE FxDevice, PFN_SPB_CONTROLLER_OTHER EvtSpbControllerIoOther, PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID NTAPI SpbControllerSetRequestAttributes(WDFDEVICE FxDevice, PWDF_OBJECT_ATTRIBUTES RequestAttributes);
VOID NTAPI SpbControllerSetTargetAttributes(WDFDEVICE FxDevice, PWDF_OBJECT_ATTRIBUTES ObjectAttributes);
VOID NTAPI SpbTargetGetConnectionParameters(SPBTARGET Target, SPB_CONNECTION_PARAMETERS* ConnectionParameters);
WDFFILEOBJECT NTAPI SpbTargetGetFileObject(SPBTARGET Target);
SPBTARGET NTAPI SpbRequestGetTarget(SPBREQUEST SpbRequest);
WDFDEVICE NTAPI SpbRequestGetController(SPBREQUEST SpbRequest);
VOID NTAPI SpbRequestGetParameters(SPBREQUEST SpbRequest, SPB_REQUEST_PARAMETERS* Parameters);
VOID NTAPI SpbRequestGetTransferParameters(SPBREQUEST SpbRequest, ULONG Index, SPB_TRANSFER_DESCRIPTOR* TransferDescriptor, PMDL* TransferBuffer);
VOID NTAPI SpbRequestComplete(SPBREQUEST Request, NTSTATUS CompletionStatus);
NTSTATUS NTAPI SpbRequestCaptureIoOtherTransferList(SPBREQUEST Request);
#ifdef __cplusplus
}
#endif
#endif
