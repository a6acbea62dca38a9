/* pooltrack: Storport names newer than the first cut of our storport.h,
 * for full-featured miniports (runtime power with PoFx, hybrid and NV-cache
 * requests, ETW event logging, storage topology and temperature queries,
 * ATA pass-through sense). Selected from the WDK 10.0.16299 km/storport.h,
 * shared/scsi.h, shared/ntddstor.h, shared/ata.h and shared/ntddscsi.h by
 * the names real miniports use (docs/supplement.md); included at the end
 * of our storport.h. */
#pragma once
#ifndef PT_STORPORT_EXT_H
#define PT_STORPORT_EXT_H

#define SRB_IOCTL_FLAGS_ADAPTER_REQUEST     0x01

#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG      0x00000020

#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG       0x80000000

typedef struct SRB_ALIGN _SRBEX_DATA_IO_INFO {
    _Field_range_(SrbExDataTypeIoInfo, SrbExDataTypeIoInfo)
    SRBEXDATATYPE Type;
    _Field_range_(SRBEX_DATA_IO_INFO_LENGTH, SRBEX_DATA_IO_INFO_LENGTH)
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

#define IOCTL_SCSI_MINIPORT_DSM_GENERAL                 ((FILE_DEVICE_SCSI << 16) + 0x0721)

typedef struct _PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR {
    UCHAR Reserved1[4];
    UCHAR ElementIdentifier[4];
    UCHAR Reserved2[6];
    UCHAR PhysicalElementType;
    UCHAR PhysicalElementHealth;
    UCHAR AssociatedCapacity[8];
    UCHAR Reserved3[8];
} PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR, *PPHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR;

typedef struct _PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA {
    UCHAR DescriptorCount[4];
    UCHAR ReturnedDescriptorCount[4];
    UCHAR ElementIdentifierBeingDepoped[4];
    UCHAR Reserved[20];
    PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA, *PPHYSICAL_ELEMENT_STATUS_PARAMETER_DATA;

#define DUMP_MODE_CRASH         0x01

#define DUMP_MODE_HIBER         0x02

#define DUMP_MODE_MARK_MEMORY   0x03

#define DUMP_MODE_RESUME        0x04

typedef struct _STOR_POWER_SETTING_INFO {
    GUID    PowerSettingGuid;
    _Field_size_bytes_(ValueLength) PVOID Value;
    ULONG   ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

typedef enum _RAID_SYSTEM_POWER {
    RaidSystemPowerUnknown = 0,
    RaidSystemPowerLowest,
    RaidSystemPowerLow,
    RaidSystemPowerMedium,
    RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

#define STATE_CHANGE_TARGET     0x2

typedef
ULONG
sp_DRIVER_INITIALIZE (
    _In_ PVOID DriverObject,
    _In_ PVOID RegistryPath
    );

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
    ULONG Version;
    ULONG Size;
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;

typedef struct _STOR_POFX_COMPONENT {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    _Field_size_full_(FStateCount) STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;

typedef struct _STOR_POFX_COMPONENT_V2 {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    ULONG DeepestAdapterPowerRequiredFState;
    ULONG DeepestCrashDumpReadyFState;
    _Field_size_full_(FStateCount) STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;

#define STOR_POFX_COMPONENT_VERSION_V2 2

typedef struct _STOR_POFX_DEVICE_V2 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    union {
        ULONG UnitMinIdleTimeoutInMS;
        ULONG AdapterIdleTimeoutInMS;
    };
    _Field_size_full_(ComponentCount) STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;

#define STOR_POFX_DEVICE_VERSION_V2 2

typedef struct _STOR_POFX_DEVICE_V3 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    union {
        ULONG UnitMinIdleTimeoutInMS;
        ULONG AdapterIdleTimeoutInMS;
    };
    ULONG MinimumPowerCyclePeriodInMS;
    _Field_size_full_(ComponentCount) STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;

#define STOR_POFX_DEVICE_VERSION_V3 3

typedef enum _STORPORT_ETW_LEVEL {
    StorportEtwLevelLogAlways = 0,
    StorportEtwLevelCritical = 1,
    StorportEtwLevelError = 2,
    StorportEtwLevelWarning = 3,
    StorportEtwLevelInformational = 4,
    StorportEtwLevelVerbose = 5,
    StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

#define STORPORT_ETW_EVENT_KEYWORD_IO               0x01

#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE    0x10

typedef enum _STORPORT_ETW_EVENT_OPCODE {
    StorportEtwEventOpcodeInfo = 0,
    StorportEtwEventOpcodeStart = 1,
    StorportEtwEventOpcodeStop = 2,
    StorportEtwEventOpcodeDC_Start = 3,
    StorportEtwEventOpcodeDC_Stop = 4,
    StorportEtwEventOpcodeExtension = 5,
    StorportEtwEventOpcodeReply = 6,
    StorportEtwEventOpcodeResume = 7,
    StorportEtwEventOpcodeSuspend = 8,
    StorportEtwEventOpcodeSend = 9,
    StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

#define EVENT_BUFFER_MAX_LENGTH     4096

#define EVENT_NAME_MAX_LENGTH       32

#define EVENT_MAX_PARAM_NAME_LEN    32

typedef struct _STORPORT_TELEMETRY_EVENT {
    ULONG   DriverVersion;
    ULONG   EventId;
    UCHAR   EventName[EVENT_NAME_MAX_LENGTH];
    ULONG   EventVersion;
    ULONG   Flags;
    _Field_range_(0, EVENT_BUFFER_MAX_LENGTH)
    ULONG   EventBufferLength;
    _Field_size_bytes_(EventBufferLength)
    PUCHAR  EventBuffer;
    UCHAR   ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue0;
    UCHAR   ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue1;
    UCHAR   ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue2;
    UCHAR   ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue3;
    UCHAR   ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue4;
    UCHAR   ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue5;
    UCHAR   ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue6;
    UCHAR   ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

typedef enum _STORAGE_PROTOCOL_TYPE {
    ProtocolTypeUnknown = 0x00,
    ProtocolTypeScsi,
    ProtocolTypeAta,
    ProtocolTypeNvme,
    ProtocolTypeSd,
    ProtocolTypeUfs,
    ProtocolTypeProprietary = 0x7E,
    ProtocolTypeMaxReserved = 0x7F
} STORAGE_PROTOCOL_TYPE, *PSTORAGE_PROTOCOL_TYPE;

typedef enum _STORAGE_PROTOCOL_ATA_DATA_TYPE {
    AtaDataTypeUnknown = 0,
    AtaDataTypeIdentify,
    AtaDataTypeLogPage,
} STORAGE_PROTOCOL_ATA_DATA_TYPE, *PSTORAGE_PROTOCOL_ATA_DATA_TYPE;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA {
    STORAGE_PROTOCOL_TYPE ProtocolType;
    ULONG   DataType;
    ULONG   ProtocolDataRequestValue;
    ULONG   ProtocolDataRequestSubValue;
    ULONG   ProtocolDataOffset;
    ULONG   ProtocolDataLength;
    ULONG   FixedProtocolReturnData;
    ULONG   Reserved[3];
} STORAGE_PROTOCOL_SPECIFIC_DATA, *PSTORAGE_PROTOCOL_SPECIFIC_DATA;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR {
    ULONG   Version;
    ULONG   Size;
    STORAGE_PROTOCOL_SPECIFIC_DATA ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR;

#define STORAGE_TEMPERATURE_VALUE_NOT_REPORTED           0x8000

typedef struct _STORAGE_TEMPERATURE_INFO {
    USHORT  Index;
    SHORT   Temperature;
    SHORT   OverThreshold;
    SHORT   UnderThreshold;
    BOOLEAN OverThresholdChangable;
    BOOLEAN UnderThresholdChangable;
    BOOLEAN EventGenerated;
    UCHAR   Reserved0;
    ULONG   Reserved1;
} STORAGE_TEMPERATURE_INFO, *PSTORAGE_TEMPERATURE_INFO;

typedef struct _STORAGE_TEMPERATURE_DATA_DESCRIPTOR {
    ULONG   Version;
    ULONG   Size;
    SHORT   CriticalTemperature;
    SHORT   WarningTemperature;
    USHORT  InfoCount;
    UCHAR   Reserved0[2];
    ULONG   Reserved1[2];
    STORAGE_TEMPERATURE_INFO TemperatureInfo[ANYSIZE_ARRAY];
} STORAGE_TEMPERATURE_DATA_DESCRIPTOR, *PSTORAGE_TEMPERATURE_DATA_DESCRIPTOR;

#define STORAGE_COMPONENT_ROLE_DATA         0x00000004

typedef enum _STORAGE_DEVICE_FORM_FACTOR {
    FormFactorUnknown = 0,
    FormFactor3_5,
    FormFactor2_5,
    FormFactor1_8,
    FormFactor1_8Less,
    FormFactorEmbedded,
    FormFactorMemoryCard,
    FormFactormSata,
    FormFactorM_2,
    FormFactorPCIeBoard,
    FormFactorDimm,
} STORAGE_DEVICE_FORM_FACTOR, *PSTORAGE_DEVICE_FORM_FACTOR;

typedef enum _STORAGE_COMPONENT_HEALTH_STATUS {
    HealthStatusUnknown = 0,
    HealthStatusNormal,
    HealthStatusThrottled,
    HealthStatusWarning,
    HealthStatusDisabled,
    HealthStatusFailed,
} STORAGE_COMPONENT_HEALTH_STATUS, *PSTORAGE_COMPONENT_HEALTH_STATUS;

typedef union _STORAGE_SPEC_VERSION {
    struct {
        union {
            struct {
                UCHAR   SubMinor;
                UCHAR   Minor;
            } DUMMYSTRUCTNAME;
            USHORT  AsUshort;
        } MinorVersion;
        USHORT  MajorVersion;
    } DUMMYSTRUCTNAME;
    ULONG   AsUlong;
} STORAGE_SPEC_VERSION, *PSTORAGE_SPEC_VERSION;

typedef struct _STORAGE_PHYSICAL_DEVICE_DATA {
    ULONG       DeviceId;
    ULONG       Role;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE           CommandProtocol;
    STORAGE_SPEC_VERSION            SpecVersion;
    STORAGE_DEVICE_FORM_FACTOR      FormFactor;
    UCHAR       Vendor[8];
    UCHAR       Model[40];
    UCHAR       FirmwareRevision[16];
    ULONGLONG   Capacity;
    UCHAR       PhysicalLocation[32];
    ULONG       Reserved[2];
} STORAGE_PHYSICAL_DEVICE_DATA, *PSTORAGE_PHYSICAL_DEVICE_DATA;

typedef struct _STORAGE_PHYSICAL_ADAPTER_DATA {
    ULONG       AdapterId;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE           CommandProtocol;
    STORAGE_SPEC_VERSION            SpecVersion;
    UCHAR       Vendor[8];
    UCHAR       Model[40];
    UCHAR       FirmwareRevision[16];
    UCHAR       PhysicalLocation[32];
    BOOLEAN     ExpanderConnected;
    UCHAR       Reserved0[3];
    ULONG       Reserved1[3];
} STORAGE_PHYSICAL_ADAPTER_DATA, *PSTORAGE_PHYSICAL_ADAPTER_DATA;

typedef struct _STORAGE_PHYSICAL_NODE_DATA {
    ULONG       NodeId;
    ULONG       AdapterCount;
    ULONG       AdapterDataLength;
    ULONG       AdapterDataOffset;
    ULONG       DeviceCount;
    ULONG       DeviceDataLength;
    ULONG       DeviceDataOffset;
    ULONG       Reserved[3];
} STORAGE_PHYSICAL_NODE_DATA, *PSTORAGE_PHYSICAL_NODE_DATA;

typedef struct _STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR {
    ULONG       Version;
    ULONG       Size;
    ULONG       NodeCount;
    ULONG       Reserved;
    STORAGE_PHYSICAL_NODE_DATA Node[ANYSIZE_ARRAY];
} STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, *PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR;

#define DeviceDsmAction_NvCache_Change_Priority (14 | DeviceDsmActionFlag_NonDestructive)

#define DeviceDsmAction_NvCache_Evict           (15 | DeviceDsmActionFlag_NonDestructive)

typedef struct _DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS {
    ULONG       Size;
    UCHAR       TargetPriority;
    UCHAR       Reserved[3];
} DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS, *PDEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS;

#define IOCTL_SCSI_MINIPORT_NVCACHE           ((FILE_DEVICE_SCSI << 16) + 0x0600)

#define IOCTL_SCSI_MINIPORT_HYBRID            ((FILE_DEVICE_SCSI << 16) + 0x0620)

#define IOCTL_MINIPORT_SIGNATURE_QUERY_PROTOCOL     "PROTOCOL"

#define IOCTL_MINIPORT_SIGNATURE_QUERY_TEMPERATURE  "TEMPERAT"

#define IOCTL_MINIPORT_SIGNATURE_QUERY_PHYSICAL_TOPOLOGY    "TOPOLOGY"

typedef struct _NVCACHE_REQUEST_BLOCK {
    ULONG           NRBSize;
    USHORT          Function;
    ULONG           NRBFlags;
    ULONG           NRBStatus;
    ULONG           Count;
    ULONGLONG       LBA;
    ULONG           DataBufSize;
    ULONG           NVCacheStatus;
    ULONG           NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

#define NRB_FUNCTION_NVCACHE_INFO               0xEC

#define NRB_FUNCTION_SPINDLE_STATUS                 0xE5

#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET         0x00

#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN  0x01

#define NRB_FUNCTION_FLUSH_NVCACHE              0x14

#define NRB_FUNCTION_QUERY_PINNED_SET           0x12

#define NRB_FUNCTION_QUERY_CACHE_MISS           0x13

#define NRB_FUNCTION_ADD_LBAS_PINNED_SET        0x10

#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET     0x11

#define NRB_FUNCTION_QUERY_ASCENDER_STATUS      0xD0

#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS   0xD1

#define NRB_SUCCESS                             0

#define NRB_ILLEGAL_REQUEST                     1

#define NRB_INVALID_PARAMETER                   2

typedef struct _NV_FEATURE_PARAMETER{
        USHORT NVPowerModeEnabled;
        USHORT NVParameterReserv1;
        USHORT NVCmdEnabled;
        USHORT NVParameterReserv2;
        USHORT NVPowerModeVer;
        USHORT NVCmdVer;
        ULONG  NVSize;
        USHORT NVReadSpeed;
        USHORT NVWrtSpeed;
        ULONG  DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

#define HYBRID_FUNCTION_GET_INFO                            0x01

#define HYBRID_FUNCTION_DISABLE_CACHING_MEDIUM              0x10

#define HYBRID_FUNCTION_ENABLE_CACHING_MEDIUM               0x11

#define HYBRID_FUNCTION_SET_DIRTY_THRESHOLD                 0x12

#define HYBRID_FUNCTION_DEMOTE_BY_SIZE                      0x13

#define HYBRID_STATUS_ILLEGAL_REQUEST                     0x1

#define HYBRID_STATUS_INVALID_PARAMETER                   0x2

#define HYBRID_STATUS_OUTPUT_BUFFER_TOO_SMALL             0x3

#define HYBRID_STATUS_ENABLE_REFCOUNT_HOLD                0x10

typedef struct _HYBRID_REQUEST_BLOCK {
    ULONG   Version;
    ULONG   Size;
    ULONG   Function;
    ULONG   Flags;
    ULONG   DataBufferOffset;
    ULONG   DataBufferLength;
} HYBRID_REQUEST_BLOCK, *PHYBRID_REQUEST_BLOCK;

typedef enum _NVCACHE_TYPE {
    NvCacheTypeUnknown        = 0,
    NvCacheTypeNone           = 1,
    NvCacheTypeWriteBack      = 2,
    NvCacheTypeWriteThrough   = 3
} NVCACHE_TYPE;

typedef enum _NVCACHE_STATUS {
    NvCacheStatusUnknown     = 0,
    NvCacheStatusDisabling   = 1,
    NvCacheStatusDisabled    = 2,
    NvCacheStatusEnabled     = 3
} NVCACHE_STATUS;

typedef struct _NVCACHE_PRIORITY_LEVEL_DESCRIPTOR {
    UCHAR   PriorityLevel;
    UCHAR   Reserved0[3];
    ULONG   ConsumedNVMSizeFraction;
    ULONG   ConsumedMappingResourcesFraction;
    ULONG   ConsumedNVMSizeForDirtyDataFraction;
    ULONG   ConsumedMappingResourcesForDirtyDataFraction;
    ULONG   Reserved1;
} NVCACHE_PRIORITY_LEVEL_DESCRIPTOR, *PNVCACHE_PRIORITY_LEVEL_DESCRIPTOR;

#define HYBRID_REQUEST_INFO_STRUCTURE_VERSION           0x1

typedef struct _HYBRID_INFORMATION {
    ULONG           Version;
    ULONG           Size;
    BOOLEAN         HybridSupported;
    NVCACHE_STATUS  Status;
    NVCACHE_TYPE    CacheTypeEffective;
    NVCACHE_TYPE    CacheTypeDefault;
    ULONG           FractionBase;
    ULONGLONG       CacheSize;
    struct {
        ULONG   WriteCacheChangeable    : 1;
        ULONG   WriteThroughIoSupported : 1;
        ULONG   FlushCacheSupported     : 1;
        ULONG   Removable               : 1;
        ULONG   ReservedBits            : 28;
    } Attributes;
    struct {
        UCHAR     PriorityLevelCount;
        BOOLEAN   MaxPriorityBehavior;
        UCHAR     OptimalWriteGranularity;
        UCHAR     Reserved;
        ULONG     DirtyThresholdLow;
        ULONG     DirtyThresholdHigh;
        struct {
            ULONG   CacheDisable                : 1;
            ULONG   SetDirtyThreshold           : 1;
            ULONG   PriorityDemoteBySize        : 1;
            ULONG   PriorityChangeByLbaRange    : 1;
            ULONG   Evict                       : 1;
            ULONG   ReservedBits                : 27;
            ULONG   MaxEvictCommands;
            ULONG   MaxLbaRangeCountForEvict;
            ULONG   MaxLbaRangeCountForChangeLba;
        } SupportedCommands;
        NVCACHE_PRIORITY_LEVEL_DESCRIPTOR   Priority[0];
    } Priorities;
} HYBRID_INFORMATION, *PHYBRID_INFORMATION;

typedef struct _HYBRID_DIRTY_THRESHOLDS {
    ULONG   Version;
    ULONG   Size;
    ULONG   DirtyLowThreshold;
    ULONG   DirtyHighThreshold;
} HYBRID_DIRTY_THRESHOLDS, *PHYBRID_DIRTY_THRESHOLDS;

typedef struct _HYBRID_DEMOTE_BY_SIZE {
    ULONG       Version;
    ULONG       Size;
    UCHAR       SourcePriority;
    UCHAR       TargetPriority;
    USHORT      Reserved0;
    ULONG       Reserved1;
    ULONGLONG   LbaCount;
} HYBRID_DEMOTE_BY_SIZE, *PHYBRID_DEMOTE_BY_SIZE;

struct _ADAPTER_OBJECT;

#endif
