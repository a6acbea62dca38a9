/* A minimal filter-manager model (fltKernel.h) from the public documentation. */
#pragma once
#ifndef PT_FLTKERNEL_H
#define PT_FLTKERNEL_H
#include <ntifs.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _FLT_PORT *PFLT_PORT;
typedef PVOID PFLT_CONTEXT;
typedef USHORT FLT_CONTEXT_TYPE;
typedef ULONG FLT_FILE_NAME_OPTIONS;
typedef ULONG FLT_FILTER_UNLOAD_FLAGS;
typedef ULONG FLT_POST_OPERATION_FLAGS;
typedef ULONG FLT_INSTANCE_SETUP_FLAGS;
typedef ULONG FLT_INSTANCE_QUERY_TEARDOWN_FLAGS;
typedef ULONG FLT_INSTANCE_TEARDOWN_FLAGS;
typedef ULONG FLT_OPERATION_REGISTRATION_FLAGS;
typedef ULONG FLT_REGISTRATION_FLAGS;
typedef USHORT FLT_FILESYSTEM_TYPE;

#define _Flt_CompletionContext_Outptr_
#define _Flt_ConnectionCookie_Outptr_
#define FLT_FILE_NAME_NORMALIZED 0x01
#define FLT_FILE_NAME_OPENED 0x02
#define FLT_FILE_NAME_SHORT 0x03
#define FLT_FILE_NAME_QUERY_DEFAULT 0x0100
#define FLT_FILE_NAME_QUERY_CACHE_ONLY 0x0200
#define FLT_FILE_NAME_QUERY_FILESYSTEM_ONLY 0x0300
#define FLT_FILE_NAME_QUERY_ALWAYS_ALLOW_CACHE_LOOKUP 0x0400
#define FLT_POSTOP_DRAINING 0x00000001
#define FLTFL_POST_OPERATION_DRAINING 0x00000001
#ifndef FLTAPI
#define FLTAPI NTAPI
#endif
#define FLTFL_CALLBACK_DATA_REISSUE_MASK 0x0000FFFF
#define FLTFL_CALLBACK_DATA_IRP_OPERATION 0x00000001
#define FLTFL_CALLBACK_DATA_FAST_IO_OPERATION 0x00000002
#define FLTFL_CALLBACK_DATA_FS_FILTER_OPERATION 0x00000004
#define FLTFL_CALLBACK_DATA_SYSTEM_BUFFER 0x00000008
#define FLTFL_CALLBACK_DATA_GENERATED_IO 0x00010000
#define FLTFL_CALLBACK_DATA_REISSUED_IO 0x00020000
#define FLTFL_CALLBACK_DATA_DRAINING_IO 0x00040000
#define FLTFL_CALLBACK_DATA_POST_OPERATION 0x00080000
#define FLTFL_CALLBACK_DATA_NEW_SYSTEM_BUFFER 0x00100000
#define FLTFL_CALLBACK_DATA_DIRTY 0x80000000
#define FLT_FILE_NAME_REQUEST_FROM_CURRENT_PROVIDER 0x01000000
#define FLT_FILE_NAME_DO_NOT_CACHE 0x02000000
#define FLT_FILE_NAME_ALLOW_QUERY_ON_REPARSE 0x04000000
/* filter-manager operation ids beyond the IRP_MJ_ codes of ntifs.h */
#define IRP_MJ_ACQUIRE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-1)
#define IRP_MJ_RELEASE_FOR_SECTION_SYNCHRONIZATION ((UCHAR)-2)
#define IRP_MJ_ACQUIRE_FOR_MOD_WRITE ((UCHAR)-3)
#define IRP_MJ_RELEASE_FOR_MOD_WRITE ((UCHAR)-4)
#define IRP_MJ_ACQUIRE_FOR_CC_FLUSH ((UCHAR)-5)
#define IRP_MJ_RELEASE_FOR_CC_FLUSH ((UCHAR)-6)
#define IRP_MJ_QUERY_OPEN ((UCHAR)-7)
#define IRP_MJ_FAST_IO_CHECK_IF_POSSIBLE ((UCHAR)-13)
#define IRP_MJ_NETWORK_QUERY_OPEN ((UCHAR)-14)
#define IRP_MJ_MDL_READ ((UCHAR)-15)
#define IRP_MJ_MDL_READ_COMPLETE ((UCHAR)-16)
#define IRP_MJ_PREPARE_MDL_WRITE ((UCHAR)-17)
#define IRP_MJ_MDL_WRITE_COMPLETE ((UCHAR)-18)
#define IRP_MJ_VOLUME_MOUNT ((UCHAR)-19)
#define IRP_MJ_VOLUME_DISMOUNT ((UCHAR)-20)
#define FLTFL_FILTER_UNLOAD_MANDATORY 0x00000001
#define FLT_REGISTRATION_VERSION 0x0203
#define FLT_CONTEXT_END 0xffff
#define FLT_VOLUME_CONTEXT 0x0001
#define FLT_INSTANCE_CONTEXT 0x0002
#define FLT_FILE_CONTEXT 0x0004
#define FLT_STREAM_CONTEXT 0x0008
#define FLT_STREAMHANDLE_CONTEXT 0x0010
#define FLT_TRANSACTION_CONTEXT 0x0020
#define FLT_SECTION_CONTEXT 0x0040
#define IRP_MJ_OPERATION_END ((UCHAR)0x80)
#define FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO 0x00000001

typedef enum _FLT_PREOP_CALLBACK_STATUS {
    FLT_PREOP_SUCCESS_WITH_CALLBACK, FLT_PREOP_SUCCESS_NO_CALLBACK, FLT_PREOP_PENDING,
    FLT_PREOP_DISALLOW_FASTIO, FLT_PREOP_COMPLETE, FLT_PREOP_SYNCHRONIZE,
    FLT_PREOP_DISALLOW_FSFILTER_IO
} FLT_PREOP_CALLBACK_STATUS, *PFLT_PREOP_CALLBACK_STATUS;
typedef enum _FLT_POSTOP_CALLBACK_STATUS {
    FLT_POSTOP_FINISHED_PROCESSING, FLT_POSTOP_MORE_PROCESSING_REQUIRED,
    FLT_POSTOP_DISALLOW_FSFILTER_IO
} FLT_POSTOP_CALLBACK_STATUS, *PFLT_POSTOP_CALLBACK_STATUS;

/* the parameters of every operation, members in the WDK's order */
typedef union _FLT_PARAMETERS {
    struct { PIO_SECURITY_CONTEXT SecurityContext; ULONG Options; USHORT POINTER_ALIGNMENT FileAttributes; USHORT ShareAccess;
             ULONG POINTER_ALIGNMENT EaLength; PVOID EaBuffer; LARGE_INTEGER AllocationSize; } Create;
    struct { PIO_SECURITY_CONTEXT SecurityContext; ULONG Options; USHORT POINTER_ALIGNMENT Reserved; USHORT ShareAccess;
             PVOID Parameters; } CreatePipe;
    struct { PIO_SECURITY_CONTEXT SecurityContext; ULONG Options; USHORT POINTER_ALIGNMENT Reserved; USHORT ShareAccess;
             PVOID Parameters; } CreateMailslot;
    struct { ULONG Length; ULONG POINTER_ALIGNMENT Key; LARGE_INTEGER ByteOffset; PVOID ReadBuffer; PMDL MdlAddress; } Read;
    struct { ULONG Length; ULONG POINTER_ALIGNMENT Key; LARGE_INTEGER ByteOffset; PVOID WriteBuffer; PMDL MdlAddress; } Write;
    struct { ULONG Length; FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass; PVOID InfoBuffer; } QueryFileInformation;
    struct { ULONG Length; FILE_INFORMATION_CLASS POINTER_ALIGNMENT FileInformationClass; PFILE_OBJECT ParentOfTarget;
             union { struct { BOOLEAN ReplaceIfExists; BOOLEAN AdvanceOnly; }; ULONG ClusterCount; HANDLE DeleteHandle; };
             PVOID InfoBuffer; } SetFileInformation;
    struct { ULONG Length; PVOID EaList; ULONG EaListLength; ULONG POINTER_ALIGNMENT EaIndex; PVOID EaBuffer; PMDL MdlAddress; } QueryEa;
    struct { ULONG Length; PVOID EaBuffer; PMDL MdlAddress; } SetEa;
    struct { ULONG Length; FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass; PVOID VolumeBuffer; } QueryVolumeInformation;
    struct { ULONG Length; FS_INFORMATION_CLASS POINTER_ALIGNMENT FsInformationClass; PVOID VolumeBuffer; } SetVolumeInformation;
    union {
        struct { ULONG Length; PUNICODE_STRING FileName; FILE_INFORMATION_CLASS FileInformationClass;
                 ULONG POINTER_ALIGNMENT FileIndex; PVOID DirectoryBuffer; PMDL MdlAddress; } QueryDirectory;
        struct { ULONG Length; ULONG POINTER_ALIGNMENT CompletionFilter; ULONG POINTER_ALIGNMENT Spare1; ULONG POINTER_ALIGNMENT Spare2;
                 PVOID DirectoryBuffer; PMDL MdlAddress; } NotifyDirectory;
        struct { ULONG Length; ULONG POINTER_ALIGNMENT CompletionFilter;
                 DIRECTORY_NOTIFY_INFORMATION_CLASS POINTER_ALIGNMENT DirectoryNotifyInformationClass; ULONG POINTER_ALIGNMENT Spare2;
                 PVOID DirectoryBuffer; PMDL MdlAddress; } NotifyDirectoryEx;
    } DirectoryControl;
    union {
        struct { PVPB Vpb; PDEVICE_OBJECT DeviceObject; } VerifyVolume;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT FsControlCode; } Common;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT FsControlCode;
                 PVOID InputBuffer; PVOID OutputBuffer; PMDL OutputMdlAddress; } Neither;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT FsControlCode;
                 PVOID SystemBuffer; } Buffered;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT FsControlCode;
                 PVOID InputSystemBuffer; PVOID OutputBuffer; PMDL OutputMdlAddress; } Direct;
    } FileSystemControl;
    union {
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode; } Common;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode;
                 PVOID InputBuffer; PVOID OutputBuffer; PMDL OutputMdlAddress; } Neither;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode;
                 PVOID SystemBuffer; } Buffered;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode;
                 PVOID InputSystemBuffer; PVOID OutputBuffer; PMDL OutputMdlAddress; } Direct;
        struct { ULONG OutputBufferLength; ULONG POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode;
                 PVOID InputBuffer; PVOID OutputBuffer; } FastIo;
    } DeviceIoControl;
    struct { PLARGE_INTEGER Length; ULONG POINTER_ALIGNMENT Key; LARGE_INTEGER ByteOffset; PEPROCESS ProcessId;
             BOOLEAN FailImmediately; BOOLEAN ExclusiveLock; } LockControl;
    struct { SECURITY_INFORMATION SecurityInformation; ULONG POINTER_ALIGNMENT Length; PVOID SecurityBuffer;
             PMDL MdlAddress; } QuerySecurity;
    struct { SECURITY_INFORMATION SecurityInformation; PSECURITY_DESCRIPTOR SecurityDescriptor; } SetSecurity;
    struct { ULONG_PTR ProviderId; PVOID DataPath; ULONG BufferSize; PVOID Buffer; } WMI;
    struct { ULONG Length; PSID StartSid; PFILE_GET_QUOTA_INFORMATION SidList; ULONG SidListLength;
             PVOID QuotaBuffer; PMDL MdlAddress; } QueryQuota;
    struct { ULONG Length; PVOID QuotaBuffer; PMDL MdlAddress; } SetQuota;
    union {
        struct { PCM_RESOURCE_LIST AllocatedResources; PCM_RESOURCE_LIST AllocatedResourcesTranslated; } StartDevice;
        struct { DEVICE_RELATION_TYPE Type; } QueryDeviceRelations;
        struct { CONST GUID *InterfaceType; USHORT Size; USHORT Version; PINTERFACE Interface;
                 PVOID InterfaceSpecificData; } QueryInterface;
        struct { PDEVICE_CAPABILITIES Capabilities; } DeviceCapabilities;
        struct { PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementList; } FilterResourceRequirements;
        struct { ULONG WhichSpace; PVOID Buffer; ULONG Offset; ULONG POINTER_ALIGNMENT Length; } ReadWriteConfig;
        struct { BOOLEAN Lock; } SetLock;
        struct { BUS_QUERY_ID_TYPE IdType; } QueryId;
        struct { DEVICE_TEXT_TYPE DeviceTextType; LCID POINTER_ALIGNMENT LocaleId; } QueryDeviceText;
        struct { BOOLEAN InPath; BOOLEAN Reserved[3]; DEVICE_USAGE_NOTIFICATION_TYPE POINTER_ALIGNMENT Type; } UsageNotification;
    } Pnp;
    struct { FS_FILTER_SECTION_SYNC_TYPE SyncType; ULONG PageProtection;
             struct _FS_FILTER_SECTION_SYNC_OUTPUT *OutputInformation; } AcquireForSectionSynchronization;
    struct { PLARGE_INTEGER EndingOffset; PERESOURCE *ResourceToRelease; } AcquireForModifiedPageWriter;
    struct { PERESOURCE ResourceToRelease; } ReleaseForModifiedPageWriter;
    struct { PIRP Irp; PVOID FileInformation; PULONG Length; FILE_INFORMATION_CLASS FileInformationClass; } QueryOpen;
    struct { LARGE_INTEGER FileOffset; ULONG Length; ULONG POINTER_ALIGNMENT LockKey; BOOLEAN POINTER_ALIGNMENT CheckForReadOperation; }
        FastIoCheckIfPossible;
    struct { PIRP Irp; PFILE_NETWORK_OPEN_INFORMATION NetworkInformation; } NetworkQueryOpen;
    struct { LARGE_INTEGER FileOffset; ULONG POINTER_ALIGNMENT Length; ULONG POINTER_ALIGNMENT Key; PMDL *MdlChain; } MdlRead;
    struct { PMDL MdlChain; } MdlReadComplete;
    struct { LARGE_INTEGER FileOffset; ULONG POINTER_ALIGNMENT Length; ULONG POINTER_ALIGNMENT Key; PMDL *MdlChain; } PrepareMdlWrite;
    struct { LARGE_INTEGER FileOffset; PMDL MdlChain; } MdlWriteComplete;
    struct { ULONG DeviceType; } MountVolume;
    struct { PVOID Argument1; PVOID Argument2; PVOID Argument3; PVOID Argument4; PVOID Argument5;
             LARGE_INTEGER Argument6; } Others;
} FLT_PARAMETERS, *PFLT_PARAMETERS;

typedef struct _FLT_IO_PARAMETER_BLOCK {
    ULONG IrpFlags;
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    UCHAR OperationFlags;
    UCHAR Reserved;
    PFILE_OBJECT TargetFileObject;
    PFLT_INSTANCE TargetInstance;
    FLT_PARAMETERS Parameters;
} FLT_IO_PARAMETER_BLOCK, *PFLT_IO_PARAMETER_BLOCK;

typedef struct _FLT_CALLBACK_DATA {
    ULONG Flags;
    PETHREAD Thread;
    PFLT_IO_PARAMETER_BLOCK Iopb;
    IO_STATUS_BLOCK IoStatus;
    struct _FLT_TAG_DATA_BUFFER *TagData;
    union { struct { LIST_ENTRY QueueLinks; PVOID QueueContext[2]; }; PVOID FilterContext[4]; };
    KPROCESSOR_MODE RequestorMode;
} FLT_CALLBACK_DATA, *PFLT_CALLBACK_DATA;

typedef struct _FLT_RELATED_OBJECTS {
    USHORT Size;
    USHORT TransactionContext;
    PFLT_FILTER Filter;
    PFLT_VOLUME Volume;
    PFLT_INSTANCE Instance;
    PFILE_OBJECT FileObject;
    PVOID Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef const FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;

typedef struct _FLT_FILE_NAME_INFORMATION {
    USHORT Size;
    USHORT NamesParsed;
    FLT_FILE_NAME_OPTIONS Format;
    UNICODE_STRING Name;
    UNICODE_STRING Volume;
    UNICODE_STRING Share;
    UNICODE_STRING Extension;
    UNICODE_STRING Stream;
    UNICODE_STRING FinalComponent;
    UNICODE_STRING ParentDir;
} FLT_FILE_NAME_INFORMATION, *PFLT_FILE_NAME_INFORMATION;

typedef FLT_PREOP_CALLBACK_STATUS NTAPI FLT_PRE_OPERATION_CALLBACK(PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects, PVOID *CompletionContext);
typedef FLT_PRE_OPERATION_CALLBACK *PFLT_PRE_OPERATION_CALLBACK;
typedef FLT_POSTOP_CALLBACK_STATUS NTAPI FLT_POST_OPERATION_CALLBACK(PFLT_CALLBACK_DATA Data,
    PCFLT_RELATED_OBJECTS FltObjects, PVOID CompletionContext, FLT_POST_OPERATION_FLAGS Flags);
typedef FLT_POST_OPERATION_CALLBACK *PFLT_POST_OPERATION_CALLBACK;
typedef NTSTATUS NTAPI FLT_FILTER_UNLOAD_CALLBACK(FLT_FILTER_UNLOAD_FLAGS Flags);
typedef FLT_FILTER_UNLOAD_CALLBACK *PFLT_FILTER_UNLOAD_CALLBACK;
typedef NTSTATUS NTAPI FLT_INSTANCE_SETUP_CALLBACK(PCFLT_RELATED_OBJECTS FltObjects,
    FLT_INSTANCE_SETUP_FLAGS Flags, DEVICE_TYPE VolumeDeviceType, FLT_FILESYSTEM_TYPE VolumeFilesystemType);
typedef FLT_INSTANCE_SETUP_CALLBACK *PFLT_INSTANCE_SETUP_CALLBACK;
typedef NTSTATUS NTAPI FLT_INSTANCE_QUERY_TEARDOWN_CALLBACK(PCFLT_RELATED_OBJECTS FltObjects,
    FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags);
typedef FLT_INSTANCE_QUERY_TEARDOWN_CALLBACK *PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK;
typedef VOID NTAPI FLT_CONTEXT_CLEANUP_CALLBACK(PFLT_CONTEXT Context, FLT_CONTEXT_TYPE ContextType);
typedef FLT_CONTEXT_CLEANUP_CALLBACK *PFLT_CONTEXT_CLEANUP_CALLBACK;

typedef struct _FLT_OPERATION_REGISTRATION {
    UCHAR MajorFunction;
    FLT_OPERATION_REGISTRATION_FLAGS Flags;
    PFLT_PRE_OPERATION_CALLBACK PreOperation;
    PFLT_POST_OPERATION_CALLBACK PostOperation;
    PVOID Reserved1;
} FLT_OPERATION_REGISTRATION, *PFLT_OPERATION_REGISTRATION;
typedef struct _FLT_CONTEXT_REGISTRATION {
    FLT_CONTEXT_TYPE ContextType;
    USHORT Flags;
    PFLT_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback;
    SIZE_T Size;
    ULONG PoolTag;
    PVOID ContextAllocateCallback;
    PVOID ContextFreeCallback;
    PVOID Reserved1;
} FLT_CONTEXT_REGISTRATION, *PFLT_CONTEXT_REGISTRATION;
typedef struct _FLT_REGISTRATION {
    USHORT Size;
    USHORT Version;
    FLT_REGISTRATION_FLAGS Flags;
    const FLT_CONTEXT_REGISTRATION *ContextRegistration;
    const FLT_OPERATION_REGISTRATION *OperationRegistration;
    PFLT_FILTER_UNLOAD_CALLBACK FilterUnloadCallback;
    PFLT_INSTANCE_SETUP_CALLBACK InstanceSetupCallback;
    PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK InstanceQueryTeardownCallback;
    PVOID InstanceTeardownStartCallback;
    PVOID InstanceTeardownCompleteCallback;
    PVOID GenerateFileNameCallback;
    PVOID NormalizeNameComponentCallback;
    PVOID NormalizeContextCleanupCallback;
    PVOID TransactionNotificationCallback;
    PVOID NormalizeNameComponentExCallback;
    PVOID SectionNotificationCallback;
} FLT_REGISTRATION, *PFLT_REGISTRATION;

typedef enum _FLT_SET_CONTEXT_OPERATION {
    FLT_SET_CONTEXT_REPLACE_IF_EXISTS, FLT_SET_CONTEXT_KEEP_IF_EXISTS
} FLT_SET_CONTEXT_OPERATION, *PFLT_SET_CONTEXT_OPERATION;
typedef struct _FLT_GENERIC_WORKITEM *PFLT_GENERIC_WORKITEM;
typedef VOID (NTAPI *PFLT_GENERIC_WORKITEM_ROUTINE)(PFLT_GENERIC_WORKITEM FltWorkItem, PVOID FltObject,
                                                    PVOID Context);
typedef VOID (NTAPI *PFLT_COMPLETE_CANCELED_CALLBACK)(PFLT_CALLBACK_DATA CallbackData);
typedef ULONG FLT_NORMALIZE_NAME_FLAGS;

NTSTATUS NTAPI FltRegisterFilter(PDRIVER_OBJECT Driver, const FLT_REGISTRATION *Registration,
                                 PFLT_FILTER *RetFilter);
VOID NTAPI FltUnregisterFilter(PFLT_FILTER Filter);
NTSTATUS NTAPI FltStartFiltering(PFLT_FILTER Filter);
NTSTATUS NTAPI FltGetFileNameInformation(PFLT_CALLBACK_DATA CallbackData,
                                         FLT_FILE_NAME_OPTIONS NameOptions,
                                         PFLT_FILE_NAME_INFORMATION *FileNameInformation);
NTSTATUS NTAPI FltParseFileNameInformation(PFLT_FILE_NAME_INFORMATION FileNameInformation);
VOID NTAPI FltReleaseFileNameInformation(PFLT_FILE_NAME_INFORMATION FileNameInformation);
PVOID NTAPI FltAllocatePoolAlignedWithTag(PFLT_INSTANCE Instance, POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                          ULONG Tag);
VOID NTAPI FltFreePoolAlignedWithTag(PFLT_INSTANCE Instance, PVOID Buffer, ULONG Tag);
NTSTATUS NTAPI FltAllocateContext(PFLT_FILTER Filter, FLT_CONTEXT_TYPE ContextType, SIZE_T ContextSize,
                                  POOL_TYPE PoolType, PFLT_CONTEXT *ReturnedContext);
VOID NTAPI FltReleaseContext(PFLT_CONTEXT Context);
VOID NTAPI FltReferenceContext(PFLT_CONTEXT Context);
NTSTATUS NTAPI FltSetStreamContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                   FLT_SET_CONTEXT_OPERATION Operation,
                                   PFLT_CONTEXT NewContext, PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetStreamContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject, PFLT_CONTEXT *Context);
NTSTATUS NTAPI FltSetInstanceContext(PFLT_INSTANCE Instance, FLT_SET_CONTEXT_OPERATION Operation,
                                     PFLT_CONTEXT NewContext,
                                     PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetInstanceContext(PFLT_INSTANCE Instance, PFLT_CONTEXT *Context);
VOID NTAPI FltSetCallbackDataDirty(PFLT_CALLBACK_DATA Data);
NTSTATUS NTAPI FltCreateCommunicationPort(PFLT_FILTER Filter, PFLT_PORT *ServerPort,
                                          POBJECT_ATTRIBUTES ObjectAttributes, PVOID ServerPortCookie,
                                          PVOID ConnectNotifyCallback, PVOID DisconnectNotifyCallback,
                                          PVOID MessageNotifyCallback, LONG MaxConnections);
VOID NTAPI FltCloseCommunicationPort(PFLT_PORT ServerPort);
VOID NTAPI FltCloseClientPort(PFLT_FILTER Filter, PFLT_PORT *ClientPort);
NTSTATUS NTAPI FltSendMessage(PFLT_FILTER Filter, PFLT_PORT *ClientPort, PVOID SenderBuffer,
                              ULONG SenderBufferLength, PVOID ReplyBuffer, PULONG ReplyLength,
                              PLARGE_INTEGER Timeout);
NTSTATUS NTAPI FltBuildDefaultSecurityDescriptor(PSECURITY_DESCRIPTOR *SecurityDescriptor,
                                                 ACCESS_MASK DesiredAccess);
VOID NTAPI FltFreeSecurityDescriptor(PSECURITY_DESCRIPTOR SecurityDescriptor);
NTSTATUS NTAPI FltQueryInformationFile(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                       PVOID FileInformation, ULONG Length,
                                       FILE_INFORMATION_CLASS FileInformationClass, PULONG LengthReturned);
NTSTATUS NTAPI FltSetFileContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                 FLT_SET_CONTEXT_OPERATION Operation, PFLT_CONTEXT NewContext,
                                 PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltSetStreamHandleContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                         FLT_SET_CONTEXT_OPERATION Operation, PFLT_CONTEXT NewContext,
                                         PFLT_CONTEXT *OldContext);
NTSTATUS NTAPI FltGetVolumeContext(PFLT_FILTER Filter, PFLT_VOLUME Volume, PFLT_CONTEXT *Context);
NTSTATUS NTAPI FltGetFileContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject, PFLT_CONTEXT *Context);
NTSTATUS NTAPI FltGetStreamHandleContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                         PFLT_CONTEXT *Context);
VOID NTAPI FltDeleteContext(PFLT_CONTEXT Context);
VOID NTAPI FltCompletePendedPreOperation(PFLT_CALLBACK_DATA CallbackData,
                                         FLT_PREOP_CALLBACK_STATUS CallbackStatus, PVOID Context);
VOID NTAPI FltCompletePendedPostOperation(PFLT_CALLBACK_DATA CallbackData);
VOID NTAPI FltCancelFileOpen(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject);
BOOLEAN NTAPI FltCancelIo(PFLT_CALLBACK_DATA CallbackData);
NTSTATUS NTAPI FltSetCancelCompletion(PFLT_CALLBACK_DATA CallbackData,
                                      PFLT_COMPLETE_CANCELED_CALLBACK CanceledCallback);
NTSTATUS NTAPI FltClearCancelCompletion(PFLT_CALLBACK_DATA CallbackData);
PFLT_GENERIC_WORKITEM NTAPI FltAllocateGenericWorkItem(VOID);
VOID NTAPI FltFreeGenericWorkItem(PFLT_GENERIC_WORKITEM FltWorkItem);
NTSTATUS NTAPI FltQueueGenericWorkItem(PFLT_GENERIC_WORKITEM FltWorkItem, PVOID FltObject,
                                       PFLT_GENERIC_WORKITEM_ROUTINE WorkerRoutine,
                                       WORK_QUEUE_TYPE QueueType, PVOID Context);
typedef VOID (NTAPI *PFLT_COMPLETED_ASYNC_IO_CALLBACK)(PFLT_CALLBACK_DATA CallbackData, PFLT_CONTEXT Context);
NTSTATUS NTAPI FltPerformAsynchronousIo(PFLT_CALLBACK_DATA CallbackData,
                                        PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine, PVOID CallbackContext);
typedef VOID (NTAPI *PFLT_GET_OPERATION_STATUS_CALLBACK)(PCFLT_RELATED_OBJECTS FltObjects,
                                                         PFLT_IO_PARAMETER_BLOCK IopbSnapshot,
                                                         NTSTATUS OperationStatus, PVOID RequesterContext);
NTSTATUS NTAPI FltRequestOperationStatusCallback(PFLT_CALLBACK_DATA Data,
                                                 PFLT_GET_OPERATION_STATUS_CALLBACK CallbackRoutine,
                                                 PVOID RequesterContext);
#define FLT_IS_IRP_OPERATION(Data) (((Data)->Flags & 0x00000001) != 0)
#define FLT_IS_FASTIO_OPERATION(Data) (((Data)->Flags & 0x00000002) != 0)
#define FLT_IS_FS_FILTER_OPERATION(Data) (((Data)->Flags & FLTFL_CALLBACK_DATA_FS_FILTER_OPERATION) != 0)
#define FLT_IS_REISSUED_IO(Data) (((Data)->Flags & FLTFL_CALLBACK_DATA_REISSUED_IO) != 0)
#define FLT_IS_SYSTEM_BUFFER(Data) (((Data)->Flags & FLTFL_CALLBACK_DATA_SYSTEM_BUFFER) != 0)

#ifdef __cplusplus
}
#endif
/* The WDK names this enum without ever giving it a body (MSVC sizes it as an
 * int); a field of it needs one in clang. */
enum _FLT_CALLBACK_DATA_QUEUE_FLAGS { PT_FLT_CALLBACK_DATA_QUEUE_NO_FLAGS };
#include "pt_fltkernel_gen.h"
#endif
