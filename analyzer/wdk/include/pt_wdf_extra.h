/* More of KMDF, from the public documentation: role types of the common
 * callbacks, requests and I/O targets, DMA and WMI handles. Included by wdf.h. */
#pragma once
#ifndef PT_WDF_EXTRA_H
#define PT_WDF_EXTRA_H

#ifdef __cplusplus
extern "C" {
#endif

typedef PVOID WDFCONTEXT;
PT_WDF_HANDLE(WDFDMATRANSACTION); PT_WDF_HANDLE(WDFWMIINSTANCE); PT_WDF_HANDLE(WDFWMIPROVIDER);
PT_WDF_HANDLE(WDFOBJECTCOLLECTION); PT_WDF_HANDLE(WDFQUEUECOLLECTION);
#define WDF_NO_EVENT_CALLBACK NULL
#define WDF_NO_SEND_OPTIONS NULL
#define WDF_NO_OBJECT_ATTRIBUTES_PTR NULL
#define WDF_REQUEST_REUSE_NO_FLAGS 0
#define WDF_REL_TIMEOUT_IN_SEC(s) ((LONGLONG)(s) * -10000000LL)
#define WDF_REL_TIMEOUT_IN_MS(ms) ((LONGLONG)(ms) * -10000LL)
#define WDF_REL_TIMEOUT_IN_US(us) ((LONGLONG)(us) * -10LL)
#define WDF_ABS_TIMEOUT_IN_MS(ms) ((LONGLONG)(ms) * 10000LL)

typedef enum _WDF_REQUEST_TYPE {
    WdfRequestTypeCreate = 0, WdfRequestTypeCreateNamedPipe, WdfRequestTypeClose, WdfRequestTypeRead,
    WdfRequestTypeWrite, WdfRequestTypeQueryInformation, WdfRequestTypeSetInformation,
    WdfRequestTypeDeviceControl = 14, WdfRequestTypeDeviceControlInternal, WdfRequestTypeOther = 0x1f
} WDF_REQUEST_TYPE;

typedef struct _WDF_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MinorFunction;
    WDF_REQUEST_TYPE Type;
    union {
        struct { size_t Length; ULONG Key; LONGLONG DeviceOffset; } Read;
        struct { size_t Length; ULONG Key; LONGLONG DeviceOffset; } Write;
        struct { size_t OutputBufferLength; size_t InputBufferLength; ULONG IoControlCode;
                 PVOID Type3InputBuffer; } DeviceIoControl;
        struct { PVOID Arg1; PVOID Arg2; ULONG IoControlCode; PVOID Arg4; } Others;
    } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;
FORCEINLINE VOID WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
    Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}
VOID NTAPI WdfRequestGetParameters(WDFREQUEST Request, PWDF_REQUEST_PARAMETERS Parameters);

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE { WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer, WdfMemoryDescriptorTypeMdl, WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;
typedef struct _WDFMEMORY_OFFSET { size_t BufferOffset; size_t BufferLength; } WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;
typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct { PVOID Buffer; ULONG Length; } BufferType;
        struct { PMDL Mdl; ULONG BufferLength; } MdlType;
        struct { WDFMEMORY Memory; PWDFMEMORY_OFFSET Offsets; } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer, ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(PWDF_MEMORY_DESCRIPTOR Descriptor, WDFMEMORY Memory, PWDFMEMORY_OFFSET Offsets)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}
FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl, ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}

typedef struct _WDF_REQUEST_SEND_OPTIONS { ULONG Size; ULONG Flags; LONGLONG Timeout; } WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;
#define WDF_REQUEST_SEND_OPTION_TIMEOUT 0x00000001
#define WDF_REQUEST_SEND_OPTION_SYNCHRONOUS 0x00000002
#define WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE 0x00000004
#define WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET 0x00000008
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags)
{
    RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
    Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Options->Flags = Flags;
}
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options, LONGLONG Timeout)
{
    Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
    Options->Timeout = Timeout;
}

typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS *PWDF_USB_REQUEST_COMPLETION_PARAMS;   /* wdfusb.h has the struct */
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
    IO_STATUS_BLOCK IoStatus;
    union { struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Write;
            struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Read;
            struct { ULONG IoControlCode; struct { WDFMEMORY Buffer; size_t Offset; } Input;
                     struct { WDFMEMORY Buffer; size_t Offset; size_t Length; } Output; } Ioctl;
            struct { union { PVOID Ptr; ULONG_PTR Value; } Argument1; union { PVOID Ptr; ULONG_PTR Value; } Argument2;
                     union { PVOID Ptr; ULONG_PTR Value; } Argument3; union { PVOID Ptr; ULONG_PTR Value; } Argument4;
            } Others;
            struct { PWDF_USB_REQUEST_COMPLETION_PARAMS Completion; } Usb;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;
typedef VOID NTAPI EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target,
    PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

NTSTATUS NTAPI WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes, WDFIOTARGET IoTarget, WDFREQUEST *Request);
typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    ULONG Flags;
    NTSTATUS Status;
    PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;
#define WDF_REQUEST_REUSE_SET_NEW_IRP 0x00000001
FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params, ULONG Flags, NTSTATUS Status)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Params->Flags = Flags;
    Params->Status = Status;
}
NTSTATUS NTAPI WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
BOOLEAN NTAPI WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_SEND_OPTIONS Options);
NTSTATUS NTAPI WdfRequestGetStatus(WDFREQUEST Request);
VOID NTAPI WdfRequestSetCompletionRoutine(WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
                                          WDFCONTEXT CompletionContext);
VOID NTAPI WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
NTSTATUS NTAPI WdfRequestRequeue(WDFREQUEST Request);
WDFFILEOBJECT NTAPI WdfRequestGetFileObject(WDFREQUEST Request);
NTSTATUS NTAPI WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
NTSTATUS NTAPI WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
WDFIOTARGET NTAPI WdfDeviceGetIoTarget(WDFDEVICE Device);
NTSTATUS NTAPI WdfIoTargetCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES IoTargetAttributes, WDFIOTARGET *IoTarget);
VOID NTAPI WdfIoTargetClose(WDFIOTARGET IoTarget);
NTSTATUS NTAPI WdfIoTargetStart(WDFIOTARGET IoTarget);
typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0, WdfIoTargetCancelSentIo, WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;
VOID NTAPI WdfIoTargetStop(WDFIOTARGET IoTarget, WDF_IO_TARGET_SENT_IO_ACTION Action);
NTSTATUS NTAPI WdfIoTargetSendIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned);
NTSTATUS NTAPI WdfIoTargetSendInternalIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned);
NTSTATUS NTAPI WdfIoTargetFormatRequestForIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    WDFMEMORY InputBuffer, PWDFMEMORY_OFFSET InputBufferOffset, WDFMEMORY OutputBuffer,
    PWDFMEMORY_OFFSET OutputBufferOffset);
NTSTATUS NTAPI WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget, WDFREQUEST Request, WDFMEMORY OutputBuffer,
    PWDFMEMORY_OFFSET OutputBufferOffset, PLONGLONG DeviceOffset);
NTSTATUS NTAPI WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget, WDFREQUEST Request, WDFMEMORY InputBuffer,
    PWDFMEMORY_OFFSET InputBufferOffset, PLONGLONG DeviceOffset);

/* Role types of common callbacks */
typedef BOOLEAN NTAPI EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt, WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
BOOLEAN NTAPI WdfInterruptSynchronize(WDFINTERRUPT Interrupt, PFN_WDF_INTERRUPT_SYNCHRONIZE Callback, WDFCONTEXT Context);
VOID NTAPI WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID NTAPI WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);
typedef NTSTATUS NTAPI EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef NTSTATUS NTAPI EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef NTSTATUS NTAPI EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device, PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);
typedef NTSTATUS NTAPI EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);
typedef VOID NTAPI EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject);
typedef VOID NTAPI EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);
typedef VOID NTAPI EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);
typedef VOID NTAPI EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue, WDFREQUEST Request);
typedef VOID NTAPI EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);
typedef VOID NTAPI EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue, WDFCONTEXT Context);
typedef NTSTATUS NTAPI EVT_WDF_CHILD_LIST_CREATE_DEVICE(WDFCHILDLIST ChildList,
    struct _WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER *IdentificationDescription, PWDFDEVICE_INIT ChildInit);
typedef enum _WDF_DMA_DIRECTION {
    WdfDmaDirectionReadFromDevice = FALSE, WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;
typedef BOOLEAN NTAPI EVT_WDF_PROGRAM_DMA(WDFDMATRANSACTION Transaction, WDFDEVICE Device, WDFCONTEXT Context,
                                          WDF_DMA_DIRECTION Direction, PSCATTER_GATHER_LIST SgList);
typedef NTSTATUS NTAPI EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(WDFWMIINSTANCE WmiInstance, ULONG OutBufferSize,
                                                           PVOID OutBuffer, PULONG BufferUsed);
typedef NTSTATUS NTAPI EVT_WDF_WMI_INSTANCE_SET_INSTANCE(WDFWMIINSTANCE WmiInstance, ULONG InBufferSize, PVOID InBuffer);
typedef NTSTATUS NTAPI EVT_WDF_WMI_INSTANCE_SET_ITEM(WDFWMIINSTANCE WmiInstance, ULONG DataItemId,
                                                     ULONG InBufferSize, PVOID InBuffer);
typedef NTSTATUS NTAPI EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(WDFWMIINSTANCE WmiInstance, ULONG MethodId,
    ULONG InBufferSize, ULONG OutBufferSize, PVOID Buffer, PULONG BufferUsed);

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
    IdleCapsInvalid = 0, IdleCannotWakeFromS0, IdleCanWakeFromS0, IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;
typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
    IdleUserControlInvalid = 0, IdleDoNotAllowUserControl, IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;
typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS { IdleTimeoutDefaultConstant = 0 } WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS;
typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
    DriverManagedIdleTimeout = 0, SystemManagedIdleTimeout = 1, SystemManagedIdleTimeoutWithHint = 2
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE, *PWDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;
#define IdleTimeoutDefaultValue ((ULONG)IdleTimeoutDefaultConstant)
typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
    ULONG Size;
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    DEVICE_POWER_STATE DxState;
    ULONG IdleTimeout;
    WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    WDF_TRI_STATE Enabled;
    WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;
NTSTATUS NTAPI WdfDeviceAssignS0IdleSettings(WDFDEVICE Device, PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);

VOID NTAPI WdfDeviceInitSetExclusive(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsExclusive);
VOID NTAPI WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT DeviceInit, DEVICE_TYPE DeviceType);
VOID NTAPI WdfDeviceInitSetPowerPageable(PWDFDEVICE_INIT DeviceInit);
VOID NTAPI WdfDeviceInitSetPowerNotPageable(PWDFDEVICE_INIT DeviceInit);
NTSTATUS NTAPI WdfDeviceInitAssignName(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceName);
NTSTATUS NTAPI WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING SDDLString);
VOID NTAPI WdfFdoInitSetFilter(PWDFDEVICE_INIT DeviceInit);
NTSTATUS NTAPI WdfDeviceInitAssignWdmIrpPreprocessCallback(PWDFDEVICE_INIT DeviceInit,
    PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess, UCHAR MajorFunction, PUCHAR MinorFunctions,
    ULONG NumMinorFunctions);
NTSTATUS NTAPI WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, PIRP Irp);
PDEVICE_OBJECT NTAPI WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device);
PDEVICE_OBJECT NTAPI WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device);
WDFQUEUE NTAPI WdfDeviceGetDefaultQueue(WDFDEVICE Device);
NTSTATUS NTAPI WdfDeviceConfigureRequestDispatching(WDFDEVICE Device, WDFQUEUE Queue, WDF_REQUEST_TYPE RequestType);
VOID NTAPI WdfControlFinishInitializing(WDFDEVICE Device);
PWDFDEVICE_INIT NTAPI WdfControlDeviceInitAllocate(WDFDRIVER Driver, const UNICODE_STRING *SDDLString);
VOID NTAPI WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);
NTSTATUS NTAPI WdfIoQueueReadyNotify(WDFQUEUE Queue, PVOID QueueReady, WDFCONTEXT Context);
VOID NTAPI WdfIoQueueStart(WDFQUEUE Queue);
VOID NTAPI WdfIoQueueStop(WDFQUEUE Queue, PVOID StopComplete, WDFCONTEXT Context);
VOID NTAPI WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
NTSTATUS NTAPI WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest, WDFFILEOBJECT FileObject,
                                     PWDF_REQUEST_PARAMETERS Parameters, WDFREQUEST *OutRequest);
NTSTATUS NTAPI WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest, WDFREQUEST *OutRequest);
PVOID NTAPI WdfObjectGetTypedContextWorker(WDFOBJECT Handle, PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
WDFOBJECT NTAPI WdfObjectContextGetObject(PVOID ContextPointer);
WDFDEVICE NTAPI WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
ULONG NTAPI WdfDriverGetRegistryPath(WDFDRIVER Driver);

#ifdef __cplusplus
}
#endif
#endif
