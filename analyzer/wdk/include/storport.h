/* pooltrack: storport.h for Storport miniports. MinGW-w64's storport.h is a
 * 2008 subset that does not parse (it defines SCSI_WMI_REQUEST_BLOCK again
 * after its own srb.h); the WDK's is self-contained. Here: MinGW-w64's srb.h
 * (SCSI_REQUEST_BLOCK, PORT_CONFIGURATION_INFORMATION, notification types)
 * with its scsiport HW_INITIALIZATION_DATA renamed away, MinGW-w64's scsi.h
 * (CDBs, SCSI operation codes, sense data, mode and VPD pages), and the
 * Storport parts: the extended SRB (STORAGE_REQUEST_BLOCK, SRBEX_DATA_*),
 * STOR_ADDRESS, the Storport HW_INITIALIZATION_DATA and role types, locks
 * and DPCs, pool, MDL and timer routines, performance options, status codes.
 * Names, members and values checked against the WDK 10.0.16299 km/storport.h. */
#pragma once
#ifndef PT_STORPORT_H
#define PT_STORPORT_H
#include <ntddk.h>
/* MinGW-w64's scsi.h brings its srb.h: a driver that included scsi.h (or
 * srb.h) first has the scsiport HW_INITIALIZATION_DATA already, so ours below
 * takes another tag and the three names point to it. */
#ifdef _NTSRB_
#define PT_SRB_BEFORE_STORPORT
#endif
#define _HW_INITIALIZATION_DATA _PT_SCSIPORT_HW_INITIALIZATION_DATA
#define HW_INITIALIZATION_DATA PT_SCSIPORT_HW_INITIALIZATION_DATA
#define PHW_INITIALIZATION_DATA PPT_SCSIPORT_HW_INITIALIZATION_DATA
#include <srb.h>
#undef _HW_INITIALIZATION_DATA
#undef HW_INITIALIZATION_DATA
#undef PHW_INITIALIZATION_DATA
#include <scsi.h>
#include "pt_firmware.h"

#ifdef __cplusplus
extern "C" {
#endif

#define STORPORT_API
#define SRB_ALIGN DECLSPEC_ALIGN(8)
#define POINTER_ALIGN DECLSPEC_ALIGN(8)
typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

/* status codes of the Storport routines */
#define STOR_STATUS_SUCCESS (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION (0xC100000BL)
#define STOR_STATUS_BUSY (0xC100000CL)

/* power and PnP */
/* STOR_DEVICE_POWER_STATE, STOR_POWER_ACTION, STOR_PNP_ACTION: MinGW's srb.h */

#include "pt_srbex.h"

typedef struct _STOR_UNIT_ATTRIBUTES {
    ULONG DeviceAttentionSupported : 1;
    ULONG AsyncNotificationSupported : 1;
    ULONG D3ColdNotSupported : 1;
    ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

/* miniport routines and their registration */
typedef enum _SCSI_UNIT_CONTROL_TYPE { ScsiQuerySupportedUnitControlTypes = 0, ScsiUnitUsage, ScsiUnitStart,
    ScsiUnitPower, ScsiUnitPoFxPowerInfo, ScsiUnitPoFxPowerRequired, ScsiUnitPoFxPowerActive,
    ScsiUnitPoFxPowerSetFState, ScsiUnitPoFxPowerControl, ScsiUnitRemove, ScsiUnitSurpriseRemoval,
    ScsiUnitRichDescription, ScsiUnitQueryBusType, ScsiUnitQueryFruId, ScsiUnitControlMax,
    MakeUnitControlTypeSizeOfUlong = 0xffffffff } SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;
typedef enum _SCSI_UNIT_CONTROL_STATUS { ScsiUnitControlSuccess = 0, ScsiUnitControlUnsuccessful }
    SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;
typedef BOOLEAN HW_INITIALIZE(PVOID DeviceExtension);
typedef BOOLEAN HW_BUILDIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef BOOLEAN HW_STARTIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef BOOLEAN HW_INTERRUPT(PVOID DeviceExtension);
typedef VOID HW_TIMER(PVOID DeviceExtension);
typedef VOID HW_TIMER_EX(PVOID DeviceExtension, PVOID Context);
typedef ULONG HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
                              PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3);
typedef BOOLEAN HW_RESET_BUS(PVOID DeviceExtension, ULONG PathId);
typedef BOOLEAN HW_ADAPTER_STATE(PVOID DeviceExtension, PVOID Context, BOOLEAN SaveState);
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                                       PVOID Parameters);
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(PVOID DeviceExtension, SCSI_UNIT_CONTROL_TYPE ControlType,
                                                 PVOID Parameters);
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(PVOID DeviceExtension);
typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(PVOID HwDeviceExtension, ULONG MessageId);
typedef VOID HW_FREE_ADAPTER_RESOURCES(PVOID DeviceExtension);
typedef VOID HW_PROCESS_SERVICE_REQUEST(PVOID DeviceExtension, PVOID Irp);
typedef VOID HW_COMPLETE_SERVICE_IRP(PVOID DeviceExtension);
typedef VOID HW_INITIALIZE_TRACING(PVOID Arg1, PVOID Arg2);
typedef VOID HW_CLEANUP_TRACING(PVOID Arg1);
typedef VOID HW_TRACING_ENABLED(PVOID HwDeviceExtension, BOOLEAN Enabled);
typedef BOOLEAN HW_STATE_CHANGE(PVOID HwDeviceExtension, PVOID Context, SHORT AddressType, PVOID Address,
                                ULONG Status);
typedef HW_BUILDIO *PHW_BUILDIO;
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;
#ifdef PT_SRB_BEFORE_STORPORT
#define _HW_INITIALIZATION_DATA _PT_STOR_HW_INITIALIZATION_DATA
#define HW_INITIALIZATION_DATA PT_STOR_HW_INITIALIZATION_DATA
#define PHW_INITIALIZATION_DATA PPT_STOR_HW_INITIALIZATION_DATA
#endif
typedef struct _HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PVOID HwFindAdapter;   /* HW_FIND_ADAPTER*: MinGW's PHW_FIND_ADAPTER is scsiport's */
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
    PHW_TRACING_ENABLED HwTracingEnabled;
    ULONG FeatureSupport;
    ULONG SrbTypeFlags;
    ULONG AddressTypeFlags;
    ULONG Reserved1;
    PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;
#define STOR_FEATURE_VIRTUAL_MINIPORT 0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH 0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES 0x00000004
#define STOR_FEATURE_DUMP_POINTERS 0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX 0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE 0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_EXTRA_IO_INFORMATION 0x00000080
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER 0x00000100
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT 0x00000200
#define STOR_MAP_NO_BUFFERS (0)
#define STOR_MAP_ALL_BUFFERS (1)
#define STOR_MAP_NON_READ_WRITE_BUFFERS (2)
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE (3)
ULONG NTAPI StorPortInitialize(PVOID Argument1, PVOID Argument2, PHW_INITIALIZATION_DATA HwInitializationData,
                               PVOID HwContext);

/* the routines of MinGW-w64's storport.h, which this header replaces */
/* port and register access: macros over the HAL routines, as in the WDK (x64) */
#define StorPortReadPortUchar(h, p) READ_PORT_UCHAR(p)
#define StorPortReadPortUshort(h, p) READ_PORT_USHORT(p)
#define StorPortReadPortUlong(h, p) READ_PORT_ULONG(p)
#define StorPortReadPortBufferUchar(h, p, b, c) READ_PORT_BUFFER_UCHAR(p, b, c)
#define StorPortReadPortBufferUshort(h, p, b, c) READ_PORT_BUFFER_USHORT(p, b, c)
#define StorPortReadPortBufferUlong(h, p, b, c) READ_PORT_BUFFER_ULONG(p, b, c)
#define StorPortReadRegisterUchar(h, r) READ_REGISTER_UCHAR(r)
#define StorPortReadRegisterUshort(h, r) READ_REGISTER_USHORT(r)
#define StorPortReadRegisterUlong(h, r) READ_REGISTER_ULONG(r)
#define StorPortReadRegisterUlong64(h, r) READ_REGISTER_ULONG64(r)
#define StorPortReadRegisterBufferUchar(h, r, b, c) READ_REGISTER_BUFFER_UCHAR(r, b, c)
#define StorPortReadRegisterBufferUshort(h, r, b, c) READ_REGISTER_BUFFER_USHORT(r, b, c)
#define StorPortReadRegisterBufferUlong(h, r, b, c) READ_REGISTER_BUFFER_ULONG(r, b, c)
#define StorPortWritePortUchar(h, p, v) WRITE_PORT_UCHAR(p, v)
#define StorPortWritePortUshort(h, p, v) WRITE_PORT_USHORT(p, v)
#define StorPortWritePortUlong(h, p, v) WRITE_PORT_ULONG(p, v)
#define StorPortWritePortBufferUchar(h, p, b, c) WRITE_PORT_BUFFER_UCHAR(p, b, c)
#define StorPortWritePortBufferUshort(h, p, b, c) WRITE_PORT_BUFFER_USHORT(p, b, c)
#define StorPortWritePortBufferUlong(h, p, b, c) WRITE_PORT_BUFFER_ULONG(p, b, c)
#define StorPortWriteRegisterUchar(h, r, v) WRITE_REGISTER_UCHAR(r, v)
#define StorPortWriteRegisterUshort(h, r, v) WRITE_REGISTER_USHORT(r, v)
#define StorPortWriteRegisterUlong(h, r, v) WRITE_REGISTER_ULONG(r, v)
#define StorPortWriteRegisterUlong64(h, r, v) WRITE_REGISTER_ULONG64(r, v)
#define StorPortWriteRegisterBufferUchar(h, r, b, c) WRITE_REGISTER_BUFFER_UCHAR(r, b, c)
#define StorPortWriteRegisterBufferUshort(h, r, b, c) WRITE_REGISTER_BUFFER_USHORT(r, b, c)
#define StorPortWriteRegisterBufferUlong(h, r, b, c) WRITE_REGISTER_BUFFER_ULONG(r, b, c)
typedef BOOLEAN(NTAPI *PSTOR_SYNCHRONIZED_ACCESS)(PVOID HwDeviceExtension, PVOID Context);
typedef struct _STOR_SCATTER_GATHER_ELEMENT {
    STOR_PHYSICAL_ADDRESS PhysicalAddress;
    ULONG Length;
    ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;
typedef struct _STOR_SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    STOR_SCATTER_GATHER_ELEMENT List[ANYSIZE_ARRAY];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;
VOID NTAPI StorPortFreeDeviceBase(PVOID HwDeviceExtension, PVOID MappedAddress);
ULONG NTAPI StorPortGetBusData(PVOID DeviceExtension, ULONG BusDataType, ULONG SystemIoBusNumber, ULONG SlotNumber, PVOID Buffer, ULONG Length);
ULONG NTAPI StorPortSetBusDataByOffset(PVOID DeviceExtension, ULONG BusDataType, ULONG SystemIoBusNumber, ULONG SlotNumber, PVOID Buffer, ULONG Offset, ULONG Length);
PVOID NTAPI StorPortGetDeviceBase(PVOID HwDeviceExtension, INTERFACE_TYPE BusType, ULONG SystemIoBusNumber, SCSI_PHYSICAL_ADDRESS IoAddress, ULONG NumberOfBytes, BOOLEAN InIoSpace);
PVOID NTAPI StorPortGetLogicalUnit(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
PSCSI_REQUEST_BLOCK NTAPI StorPortGetSrb(PVOID DeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun, LONG QueueTag);
STOR_PHYSICAL_ADDRESS NTAPI StorPortGetPhysicalAddress(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb, PVOID VirtualAddress, ULONG *Length);
PVOID NTAPI StorPortGetVirtualAddress(PVOID HwDeviceExtension, STOR_PHYSICAL_ADDRESS PhysicalAddress);
VOID NTAPI StorPortLogError(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb , UCHAR PathId, UCHAR TargetId, UCHAR Lun, ULONG ErrorCode, ULONG UniqueId);
VOID NTAPI StorPortCompleteRequest(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun, UCHAR SrbStatus);
VOID NTAPI StorPortMoveMemory(PVOID WriteBuffer, PVOID ReadBuffer, ULONG Length);
VOID NTAPI StorPortStallExecution(ULONG Delay);
STOR_PHYSICAL_ADDRESS NTAPI StorPortConvertUlong64ToPhysicalAddress(ULONG64 UlongAddress);
ULONG64 NTAPI StorPortConvertPhysicalAddressToUlong64(STOR_PHYSICAL_ADDRESS Address);
BOOLEAN NTAPI StorPortValidateRange(PVOID HwDeviceExtension, INTERFACE_TYPE BusType, ULONG SystemIoBusNumber, STOR_PHYSICAL_ADDRESS IoAddress, ULONG NumberOfBytes, BOOLEAN InIoSpace);
BOOLEAN NTAPI StorPortPauseDevice(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun, ULONG TimeOut);
BOOLEAN NTAPI StorPortResumeDevice(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
BOOLEAN NTAPI StorPortPause(PVOID HwDeviceExtension, ULONG TimeOut);
BOOLEAN NTAPI StorPortResume(PVOID HwDeviceExtension);
BOOLEAN NTAPI StorPortDeviceBusy(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun, ULONG RequestsToComplete);
BOOLEAN NTAPI StorPortDeviceReady(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
BOOLEAN NTAPI StorPortBusy(PVOID HwDeviceExtension, ULONG RequestsToComplete);
BOOLEAN NTAPI StorPortReady(PVOID HwDeviceExtension);
PSTOR_SCATTER_GATHER_LIST NTAPI StorPortGetScatterGatherList(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
VOID NTAPI StorPortSynchronizeAccess(PVOID HwDeviceExtension, PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine, PVOID Context);

/* locks, DPCs, notifications */
typedef enum _STOR_SPINLOCK { DpcLock = 1, StartIoLock, InterruptLock } STOR_SPINLOCK;
typedef struct _STOR_LOCK_HANDLE {
    STOR_SPINLOCK Lock;
    struct {
        struct { PVOID Next; PVOID Lock; } LockQueue;
        KIRQL OldIrql;
    } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;
typedef struct _DPC_BUFFER { CSHORT Type; UCHAR Number; UCHAR Importance; struct { PVOID F; PVOID B; };
    PVOID DeferredRoutine; PVOID DeferredContext; PVOID SystemArgument1; PVOID SystemArgument2; PVOID DpcData;
} DPC_BUFFER;
typedef struct _STOR_DPC {
    DPC_BUFFER Dpc;
    ULONG_PTR Lock;
} STOR_DPC, *PSTOR_DPC;
typedef VOID HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
/* Storport's members of SCSI_NOTIFICATION_TYPE, which MinGW's srb.h (scsiport's)
 * lacks: constants of that type, values as in the WDK enum */
enum {
    GetExtendedFunctionTable = 15,
    EnablePassiveInitialization = 0x1000, InitializeDpc, IssueDpc, AcquireSpinLock, ReleaseSpinLock,
    StateChangeDetectedCall, IoTargetRequestServiceTime, AsyncNotificationDetected
};
VOID NTAPI StorPortAcquireSpinLock(PVOID DeviceExtension, STOR_SPINLOCK SpinLock, PVOID LockContext,
                                   PSTOR_LOCK_HANDLE LockHandle);
VOID NTAPI StorPortReleaseSpinLock(PVOID DeviceExtension, PSTOR_LOCK_HANDLE LockHandle);
VOID NTAPI StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PHW_DPC_ROUTINE HwDpcRoutine);
BOOLEAN NTAPI StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2);
BOOLEAN NTAPI StorPortEnablePassiveInitialization(PVOID DeviceExtension,
                                                  PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);
ULONG NTAPI StorPortAcquireMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, PULONG OldIrql);
ULONG NTAPI StorPortReleaseMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, ULONG OldIrql);

/* memory: pool, contiguous memory, MDLs (StorPortExtendedFunction underneath) */
typedef enum _STORPORT_FUNCTION_CODE {
    ExtFunctionAllocatePool, ExtFunctionFreePool, ExtFunctionAllocateMdl, ExtFunctionFreeMdl,
    ExtFunctionBuildMdlForNonPagedPool, ExtFunctionGetSystemAddress, ExtFunctionGetOriginalMdl,
    ExtFunctionCompleteServiceIrp, ExtFunctionGetDeviceObjects, ExtFunctionBuildScatterGatherList,
    ExtFunctionPutScatterGatherList, ExtFunctionAcquireMSISpinLock, ExtFunctionReleaseMSISpinLock,
    ExtFunctionGetMessageInterruptInformation, ExtFunctionInitializePerformanceOptimizations,
    ExtFunctionGetStartIoPerformanceParameters, ExtFunctionLogSystemEvent, ExtFunctionGetCurrentProcessorNumber,
    ExtFunctionGetActiveGroupCount, ExtFunctionGetGroupAffinity, ExtFunctionGetActiveNodeCount,
    ExtFunctionGetNodeAffinity, ExtFunctionGetHighestNodeNumber, ExtFunctionGetLogicalProcessorRelationship,
    ExtFunctionAllocateContiguousMemorySpecifyCacheNode, ExtFunctionFreeContiguousMemorySpecifyCache
} STORPORT_FUNCTION_CODE, *PSTORPORT_FUNCTION_CODE;
ULONG NTAPI StorPortExtendedFunction(STORPORT_FUNCTION_CODE FunctionCode, PVOID HwDeviceExtension, ...);
ULONG NTAPI StorPortAllocatePool(PVOID HwDeviceExtension, ULONG NumberOfBytes, ULONG Tag, PVOID *BufferPointer);
ULONG NTAPI StorPortFreePool(PVOID HwDeviceExtension, PVOID BufferPointer);
ULONG NTAPI StorPortAllocateContiguousMemorySpecifyCacheNode(PVOID HwDeviceExtension, SIZE_T NumberOfBytes,
    PHYSICAL_ADDRESS LowestAcceptableAddress, PHYSICAL_ADDRESS HighestAcceptableAddress,
    PHYSICAL_ADDRESS BoundaryAddressMultiple, MEMORY_CACHING_TYPE CacheType, NODE_REQUIREMENT PreferredNode,
    PVOID *BufferPointer);
ULONG NTAPI StorPortFreeContiguousMemorySpecifyCache(PVOID HwDeviceExtension, PVOID BaseAddress,
                                                     SIZE_T NumberOfBytes, MEMORY_CACHING_TYPE CacheType);
ULONG NTAPI StorPortAllocateMdl(PVOID HwDeviceExtension, PVOID BufferPointer, ULONG NumberOfBytes, PVOID *Mdl);
ULONG NTAPI StorPortFreeMdl(PVOID HwDeviceExtension, PVOID Mdl);
ULONG NTAPI StorPortBuildMdlForNonPagedPool(PVOID HwDeviceExtension, PVOID Mdl);
ULONG NTAPI StorPortGetSystemAddress(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb, PVOID *SystemAddress);
ULONG NTAPI StorPortGetOriginalMdl(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb, PVOID *Mdl);
ULONG NTAPI StorPortGetDeviceObjects(PVOID HwDeviceExtension, PVOID *AdapterDeviceObject,
                                     PVOID *PhysicalDeviceObject, PVOID *LowerDeviceObject);
PVOID NTAPI StorPortGetUncachedExtension(PVOID HwDeviceExtension, PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                         ULONG NumberOfBytes);
#ifndef MM_ANY_NODE_OK
#define MM_ANY_NODE_OK 0x80000000
#endif

/* interrupts, performance options, timers, misc */
typedef struct _MESSAGE_INTERRUPT_INFORMATION {
    ULONG MessageId;
    ULONG MessageData;
    STOR_PHYSICAL_ADDRESS MessageAddress;
    ULONG InterruptVector;
    ULONG InterruptLevel;
    KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;
ULONG NTAPI StorPortGetMessageInterruptInformation(PVOID HwDeviceExtension, ULONG MessageId,
                                                   PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);
typedef struct _PERF_CONFIGURATION_DATA {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG ConcurrentChannels;
    ULONG FirstRedirectionMessageNumber, LastRedirectionMessageNumber;
    ULONG DeviceNode;
    ULONG Reserved;
    PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;
typedef struct _STARTIO_PERFORMANCE_PARAMETERS {
    ULONG Version;
    ULONG Size;
    ULONG MessageNumber;
    ULONG ChannelNumber;
} STARTIO_PERFORMANCE_PARAMETERS, *PSTARTIO_PERFORMANCE_PARAMETERS;
#define STOR_PERF_DPC_REDIRECTION 0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS 0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES 0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY 0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU 0x00000020
#define STOR_PERF_NO_SGL 0x00000040
#define STOR_PERF_VERSION_5 0x5
#define STOR_PERF_VERSION STOR_PERF_VERSION_5
ULONG NTAPI StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query, PPERF_CONFIGURATION_DATA PerfConfigData);
ULONG NTAPI StorPortGetStartIoPerfParams(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                         PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams);
ULONG NTAPI StorPortGetCurrentProcessorNumber(PVOID HwDeviceExtension, PPROCESSOR_NUMBER ProcNumber);
ULONG NTAPI StorPortGetGroupAffinity(PVOID HwDeviceExtension, USHORT GroupNumber, PKAFFINITY GroupAffinityMask);
ULONG NTAPI StorPortGetNodeAffinity(PVOID HwDeviceExtension, ULONG NodeNumber, PGROUP_AFFINITY NodeAffinityMask);
ULONG NTAPI StorPortGetActiveGroupCount(PVOID HwDeviceExtension, PUSHORT NumberGroups);
ULONG NTAPI StorPortGetHighestNodeNumber(PVOID HwDeviceExtension, PULONG HighestNode);
ULONG NTAPI StorPortInitializeTimer(PVOID HwDeviceExtension, PVOID *TimerHandle);
ULONG NTAPI StorPortRequestTimer(PVOID HwDeviceExtension, PVOID TimerHandle, PHW_TIMER_EX TimerCallback,
                                 PVOID CallbackContext, ULONGLONG TimerValue, ULONGLONG TolerableDelay);
ULONG NTAPI StorPortFreeTimer(PVOID HwDeviceExtension, PVOID TimerHandle);
ULONG NTAPI StorPortSetUnitAttributes(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                      STOR_UNIT_ATTRIBUTES Attributes);
ULONG NTAPI StorPortStateChangeDetected(PVOID HwDeviceExtension, ULONG ChangedEntity, PSTOR_ADDRESS Address,
    ULONG Attributes, PHW_STATE_CHANGE HwStateChange, PVOID HwStateChangeContext);
ULONG NTAPI StorPortQueryPerformanceCounter(PVOID HwDeviceExtension, PLARGE_INTEGER PerformanceFrequency,
                                            PLARGE_INTEGER PerformanceCounter);
BOOLEAN NTAPI StorPortSetDeviceQueueDepth(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun,
                                          ULONG Depth);
BOOLEAN NTAPI StorPortRegistryRead(PVOID HwDeviceExtension, PUCHAR ValueName, ULONG Global, ULONG Type,
                                   PUCHAR Buffer, PULONG BufferLength);
BOOLEAN NTAPI StorPortRegistryWrite(PVOID HwDeviceExtension, PUCHAR ValueName, ULONG Global, ULONG Type,
                                    PUCHAR Buffer, ULONG BufferLength);
VOID NTAPI StorPortQuerySystemTime(PLARGE_INTEGER CurrentTime);

/* system event log entries (StorPortLogSystemEvent) */
#define STOR_CURRENT_LOG_INTERFACE_REVISION 0x0100
typedef enum _STOR_EVENT_ASSOCIATION_ENUM {
    StorEventAdapterAssociation = 0, StorEventLunAssociation, StorEventTargetAssociation, StorEventInvalidAssociation
} STOR_EVENT_ASSOCIATION_ENUM;
typedef struct _STOR_LOG_EVENT_DETAILS {
    ULONG InterfaceRevision, Size, Flags;
    STOR_EVENT_ASSOCIATION_ENUM EventAssociation;
    ULONG PathId, TargetId, LunId;
    BOOLEAN StorportSpecificErrorCode;
    ULONG ErrorCode, UniqueId, DumpDataSize;
    PVOID DumpData;
    ULONG StringCount;
    PWSTR *StringList;
} STOR_LOG_EVENT_DETAILS, *PSTOR_LOG_EVENT_DETAILS;
ULONG NTAPI StorPortLogSystemEvent(PVOID HwDeviceExtension, PSTOR_LOG_EVENT_DETAILS LogDetails, PULONG MaximumSize);

#ifdef __cplusplus
}
#endif
#include "pt_storport_ext.h"
#endif
