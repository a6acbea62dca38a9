/* ntddk.h/wdm.h names of Windows 10 that MinGW-w64's DDK lacks: silos and
 * silo monitors, signing levels and image verification callbacks, process
 * mitigation policies, oplock keys, subsystem information. Names, member
 * order and values checked against the WDK 10.0.16299 km/ headers; what is
 * newer than that kit follows Microsoft's documentation. */
#pragma once
#ifndef PT_NTDDK_EXTRA_H
#define PT_NTDDK_EXTRA_H

#ifdef __cplusplus
extern "C" {
#endif

/* jobs and silos (Windows 10 1607) */
typedef struct _EJOB *PEJOB;
typedef struct _EJOB *PESILO;
typedef struct _SILO_MONITOR *PSILO_MONITOR;
typedef VOID (NTAPI *SILO_CONTEXT_CLEANUP_CALLBACK)(PVOID SiloContext);
typedef NTSTATUS (NTAPI *SILO_MONITOR_CREATE_CALLBACK)(PESILO Silo);
typedef VOID (NTAPI *SILO_MONITOR_TERMINATE_CALLBACK)(PESILO Silo);
#define SILO_MONITOR_REGISTRATION_VERSION 1
typedef struct _SILO_MONITOR_REGISTRATION {
    UCHAR Version;
    BOOLEAN MonitorHost;
    BOOLEAN MonitorExistingSilos;
    UCHAR Reserved[5];
    union { PUNICODE_STRING DriverObjectName; PUNICODE_STRING ComponentName; };
    SILO_MONITOR_CREATE_CALLBACK CreateCallback;
    SILO_MONITOR_TERMINATE_CALLBACK TerminateCallback;
} SILO_MONITOR_REGISTRATION, *PSILO_MONITOR_REGISTRATION;
#define IO_USE_AMBIENT_SILO ((PESILO)1)

NTSTATUS NTAPI PsGetJobSilo(PEJOB Job, PESILO *Silo);
NTSTATUS NTAPI PsGetJobServerSilo(PEJOB Job, PESILO *ServerSilo);
PESILO NTAPI PsGetEffectiveServerSilo(PESILO Silo);
PESILO NTAPI PsAttachSiloToCurrentThread(PESILO Silo);
VOID NTAPI PsDetachSiloFromCurrentThread(PESILO PreviousSilo);
BOOLEAN NTAPI PsIsHostSilo(PESILO Silo);
PESILO NTAPI PsGetHostSilo(VOID);
PESILO NTAPI PsGetCurrentSilo(VOID);
PESILO NTAPI PsGetCurrentServerSilo(VOID);
BOOLEAN NTAPI PsIsCurrentThreadInServerSilo(VOID);
NTSTATUS NTAPI PsAcquireSiloHardReference(PESILO Silo);
VOID NTAPI PsReleaseSiloHardReference(PESILO Silo);
NTSTATUS NTAPI PsAllocSiloContextSlot(ULONG_PTR Reserved, ULONG *ReturnedContextSlot);
NTSTATUS NTAPI PsFreeSiloContextSlot(ULONG ContextSlot);
NTSTATUS NTAPI PsCreateSiloContext(PESILO Silo, ULONG Size, POOL_TYPE PoolType,
                                   SILO_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback, PVOID *ReturnedSiloContext);
NTSTATUS NTAPI PsInsertSiloContext(PESILO Silo, ULONG ContextSlot, PVOID SiloContext);
NTSTATUS NTAPI PsReplaceSiloContext(PESILO Silo, ULONG ContextSlot, PVOID NewSiloContext, PVOID *OldSiloContext);
NTSTATUS NTAPI PsGetSiloContext(PESILO Silo, ULONG ContextSlot, PVOID *ReturnedSiloContext);
NTSTATUS NTAPI PsRemoveSiloContext(PESILO Silo, ULONG ContextSlot, PVOID *RemovedSiloContext);
VOID NTAPI PsReferenceSiloContext(PVOID SiloContext);
VOID NTAPI PsDereferenceSiloContext(PVOID SiloContext);
NTSTATUS NTAPI PsInsertPermanentSiloContext(PESILO Silo, ULONG ContextSlot, PVOID SiloContext);
NTSTATUS NTAPI PsMakeSiloContextPermanent(PESILO Silo, ULONG ContextSlot);
NTSTATUS NTAPI PsGetPermanentSiloContext(PESILO Silo, ULONG ContextSlot, PVOID *ReturnedSiloContext);
NTSTATUS NTAPI PsRegisterSiloMonitor(PSILO_MONITOR_REGISTRATION Registration, PSILO_MONITOR *ReturnedMonitor);
NTSTATUS NTAPI PsStartSiloMonitor(PSILO_MONITOR Monitor);
ULONG NTAPI PsGetSiloMonitorContextSlot(PSILO_MONITOR Monitor);
VOID NTAPI PsUnregisterSiloMonitor(PSILO_MONITOR Monitor);
ULONG NTAPI PsGetServerSiloServiceSessionId(PESILO Silo);
ULONG NTAPI PsGetServerSiloActiveConsoleId(PESILO Silo);
VOID NTAPI PsTerminateServerSilo(PESILO ServerSilo, NTSTATUS ExitStatus);
PESILO NTAPI PsGetParentSilo(PEJOB Job);

/* code integrity: signing levels and signature types */
typedef UCHAR SE_SIGNING_LEVEL, *PSE_SIGNING_LEVEL;
#define SE_SIGNING_LEVEL_UNCHECKED 0x00
#define SE_SIGNING_LEVEL_UNSIGNED 0x01
#define SE_SIGNING_LEVEL_ENTERPRISE 0x02
#define SE_SIGNING_LEVEL_CUSTOM_1 0x03
#define SE_SIGNING_LEVEL_DEVELOPER SE_SIGNING_LEVEL_CUSTOM_1
#define SE_SIGNING_LEVEL_AUTHENTICODE 0x04
#define SE_SIGNING_LEVEL_CUSTOM_2 0x05
#define SE_SIGNING_LEVEL_STORE 0x06
#define SE_SIGNING_LEVEL_CUSTOM_3 0x07
#define SE_SIGNING_LEVEL_ANTIMALWARE SE_SIGNING_LEVEL_CUSTOM_3
#define SE_SIGNING_LEVEL_MICROSOFT 0x08
#define SE_SIGNING_LEVEL_CUSTOM_4 0x09
#define SE_SIGNING_LEVEL_CUSTOM_5 0x0A
#define SE_SIGNING_LEVEL_DYNAMIC_CODEGEN 0x0B
#define SE_SIGNING_LEVEL_WINDOWS 0x0C
#define SE_SIGNING_LEVEL_CUSTOM_7 0x0D
#define SE_SIGNING_LEVEL_WINDOWS_TCB 0x0E
#define SE_SIGNING_LEVEL_CUSTOM_6 0x0F
typedef enum _SE_IMAGE_SIGNATURE_TYPE {
    SeImageSignatureNone = 0, SeImageSignatureEmbedded, SeImageSignatureCache, SeImageSignatureCatalogCached,
    SeImageSignatureCatalogNotCached, SeImageSignatureCatalogHint, SeImageSignaturePackageCatalog
} SE_IMAGE_SIGNATURE_TYPE, *PSE_IMAGE_SIGNATURE_TYPE;

/* wdm.h: boot-driver image verification callbacks */
typedef enum _SE_IMAGE_TYPE {
    SeImageTypeElamDriver = 0, SeImageTypeDriver, SeImageTypePlatformSecureFile, SeImageTypeMax
} SE_IMAGE_TYPE, *PSE_IMAGE_TYPE;
typedef struct _BDCB_IMAGE_INFORMATION *PBDCB_IMAGE_INFORMATION;
typedef VOID SE_IMAGE_VERIFICATION_CALLBACK_FUNCTION(PVOID CallbackContext, SE_IMAGE_TYPE ImageType,
                                                     PBDCB_IMAGE_INFORMATION ImageInformation);
typedef SE_IMAGE_VERIFICATION_CALLBACK_FUNCTION *PSE_IMAGE_VERIFICATION_CALLBACK_FUNCTION;
typedef enum _SE_IMAGE_VERIFICATION_CALLBACK_TYPE {
    SeImageVerificationCallbackInformational = 0
} SE_IMAGE_VERIFICATION_CALLBACK_TYPE, *PSE_IMAGE_VERIFICATION_CALLBACK_TYPE;
typedef PVOID SE_IMAGE_VERIFICATION_CALLBACK_TOKEN, *PSE_IMAGE_VERIFICATION_CALLBACK_TOKEN;
NTSTATUS NTAPI SeRegisterImageVerificationCallback(SE_IMAGE_TYPE ImageType,
                                                   SE_IMAGE_VERIFICATION_CALLBACK_TYPE CallbackType,
                                                   PSE_IMAGE_VERIFICATION_CALLBACK_FUNCTION CallbackFunction,
                                                   PVOID CallbackContext, SE_IMAGE_VERIFICATION_CALLBACK_TOKEN Token,
                                                   PVOID *CallbackHandle);
VOID NTAPI SeUnregisterImageVerificationCallback(PVOID CallbackHandle);

/* process mitigation policies; the values after ProcessChildProcessPolicy
 * are newer than the 16299 kit (documented PROCESS_MITIGATION_POLICY) */
typedef enum _PROCESS_MITIGATION_POLICY {
    ProcessDEPPolicy, ProcessASLRPolicy, ProcessDynamicCodePolicy, ProcessStrictHandleCheckPolicy,
    ProcessSystemCallDisablePolicy, ProcessMitigationOptionsMask, ProcessExtensionPointDisablePolicy,
    ProcessControlFlowGuardPolicy, ProcessSignaturePolicy, ProcessFontDisablePolicy, ProcessImageLoadPolicy,
    ProcessSystemCallFilterPolicy, ProcessPayloadRestrictionPolicy, ProcessChildProcessPolicy,
    ProcessSideChannelIsolationPolicy, ProcessUserShadowStackPolicy, ProcessRedirectionTrustPolicy,
    ProcessUserPointerAuthPolicy, ProcessSEHOPPolicy, MaxProcessMitigationPolicy
} PROCESS_MITIGATION_POLICY, *PPROCESS_MITIGATION_POLICY;
/* each policy is a ULONG of flags; only the control-flow-guard bits are
 * spelled out (a driver reading another policy's bit gets "no member") */
#define PT_MITIGATION_POLICY(name) \
    typedef struct _##name { union { ULONG Flags; }; } name, *P##name;
PT_MITIGATION_POLICY(PROCESS_MITIGATION_ASLR_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_STRICT_HANDLE_CHECK_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_SYSTEM_CALL_DISABLE_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_EXTENSION_POINT_DISABLE_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_DYNAMIC_CODE_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_BINARY_SIGNATURE_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_FONT_DISABLE_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_IMAGE_LOAD_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_SYSTEM_CALL_FILTER_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_PAYLOAD_RESTRICTION_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_CHILD_PROCESS_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_SIDE_CHANNEL_ISOLATION_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_USER_SHADOW_STACK_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_REDIRECTION_TRUST_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_USER_POINTER_AUTH_POLICY)
PT_MITIGATION_POLICY(PROCESS_MITIGATION_SEHOP_POLICY)
#undef PT_MITIGATION_POLICY
typedef struct _PROCESS_MITIGATION_CONTROL_FLOW_GUARD_POLICY {
    union {
        ULONG Flags;
        struct {
            ULONG EnableControlFlowGuard : 1;
            ULONG EnableExportSuppression : 1;
            ULONG StrictMode : 1;
            ULONG EnableXfg : 1;
            ULONG EnableXfgAuditMode : 1;
            ULONG ReservedFlags : 27;
        };
    };
} PROCESS_MITIGATION_CONTROL_FLOW_GUARD_POLICY, *PPROCESS_MITIGATION_CONTROL_FLOW_GUARD_POLICY;

/* process creation notification for other subsystems (WSL) */
typedef enum _PSCREATEPROCESSNOTIFYTYPE { PsCreateProcessNotifySubsystems = 0 } PSCREATEPROCESSNOTIFYTYPE;
NTSTATUS NTAPI PsSetCreateProcessNotifyRoutineEx2(PSCREATEPROCESSNOTIFYTYPE NotifyType, PVOID NotifyInformation,
                                                  BOOLEAN Remove);
typedef enum _SUBSYSTEM_INFORMATION_TYPE {
    SubsystemInformationTypeWin32 = 0, SubsystemInformationTypeWSL = 1, MaxSubsystemInformationType
} SUBSYSTEM_INFORMATION_TYPE, *PSUBSYSTEM_INFORMATION_TYPE;

/* oplock keys (ntddk.h) */
typedef struct _OPLOCK_KEY_CONTEXT {
    USHORT Version;
    USHORT Flags;
    GUID ParentOplockKey;
    GUID TargetOplockKey;
    ULONG Reserved;
} OPLOCK_KEY_CONTEXT, *POPLOCK_KEY_CONTEXT;
#define OPLOCK_KEY_VERSION_WIN7 0x0001
#define OPLOCK_KEY_VERSION_WIN8 0x0002
#define OPLOCK_KEY_FLAG_PARENT_KEY 0x0001
#define OPLOCK_KEY_FLAG_TARGET_KEY 0x0002
typedef struct _OPLOCK_KEY_ECP_CONTEXT *POPLOCK_KEY_ECP_CONTEXT;
POPLOCK_KEY_ECP_CONTEXT NTAPI IoGetOplockKeyContext(PFILE_OBJECT FileObject);
POPLOCK_KEY_CONTEXT NTAPI IoGetOplockKeyContextEx(PFILE_OBJECT FileObject);

/* wdm.h: firmware type, handles closed for a previous mode, the desktop type */
typedef enum _FIRMWARE_TYPE {
    FirmwareTypeUnknown, FirmwareTypeBios, FirmwareTypeUefi, FirmwareTypeMax
} FIRMWARE_TYPE, *PFIRMWARE_TYPE;
NTSTATUS NTAPI ObCloseHandle(HANDLE Handle, KPROCESSOR_MODE PreviousMode);
FIRMWARE_TYPE NTAPI ExGetFirmwareType(VOID);
extern POBJECT_TYPE *ExDesktopObjectType;

#ifdef __cplusplus
}
#endif

/* ntdef.h */
#ifndef UFIELD_OFFSET
#define UFIELD_OFFSET(type, field) ((ULONG)__builtin_offsetof(type, field))
#endif
#ifndef DEFAULT_UNREACHABLE
#define DEFAULT_UNREACHABLE default: __assume(0)
#endif

#endif
