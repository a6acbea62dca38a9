/* pooltrack: km/fltKernel.h names the documentation model in our
 * fltKernel.h lacks (cancel-safe callback data queues, name controls, volume
 * properties, flags); included at its end.
 * Selected from the WDK 10.0.16299 by the names real drivers use
 * (docs/supplement.md, tools/supplement/regen.py). */
#pragma once
#ifndef PT_FLTKERNEL_GEN_H
#define PT_FLTKERNEL_GEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */
#define FLTFL_INSTANCE_SETUP_AUTOMATIC_ATTACHMENT   0x00000001

typedef struct _FLT_NAME_CONTROL {

    UNICODE_STRING Name;

} FLT_NAME_CONTROL, *PFLT_NAME_CONTROL;

#define FLTFL_NORMALIZE_NAME_CASE_SENSITIVE         0x01

#define FLTFL_IO_OPERATION_NON_CACHED                   0x00000001

#define FLTFL_IO_OPERATION_DO_NOT_UPDATE_BYTE_OFFSET    0x00000004

#define FLT_VALID_FILE_NAME_FLAGS                           0xff000000

typedef struct _FLT_VOLUME_PROPERTIES {

    DEVICE_TYPE DeviceType;

    ULONG DeviceCharacteristics;

    ULONG DeviceObjectFlags;

    ULONG AlignmentRequirement;

    USHORT SectorSize;

    USHORT Flags;

    UNICODE_STRING FileSystemDriverName;

    UNICODE_STRING FileSystemDeviceName;

    UNICODE_STRING RealDeviceName;

} FLT_VOLUME_PROPERTIES, *PFLT_VOLUME_PROPERTIES;

#define FLT_PORT_CONNECT        0x0001

#define FLT_PORT_ALL_ACCESS     (FLT_PORT_CONNECT | STANDARD_RIGHTS_ALL)

typedef IO_CSQ_IRP_CONTEXT FLT_CALLBACK_DATA_QUEUE_IO_CONTEXT, *PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT;

typedef struct _FLT_CALLBACK_DATA_QUEUE FLT_CALLBACK_DATA_QUEUE, *PFLT_CALLBACK_DATA_QUEUE;

typedef NTSTATUS
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_INSERT_IO)(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_ PFLT_CALLBACK_DATA Cbd,
    _In_opt_ PVOID InsertContext
    );

typedef VOID
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO)(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_ PFLT_CALLBACK_DATA Cbd
    );

typedef PFLT_CALLBACK_DATA
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO)(
    _In_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_opt_ PFLT_CALLBACK_DATA Cbd,
    _In_opt_ PVOID PeekContext
    );

typedef VOID
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_ACQUIRE)(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _Out_opt_ PKIRQL Irql
    );

typedef VOID
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_RELEASE)(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_opt_ KIRQL Irql
    );

typedef VOID
(FLTAPI *PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO)(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _Inout_ PFLT_CALLBACK_DATA Cbd
    );

typedef enum _FLT_CALLBACK_DATA_QUEUE_FLAGS FLT_CALLBACK_DATA_QUEUE_FLAGS;

typedef struct _FLT_CALLBACK_DATA_QUEUE {

    IO_CSQ Csq;

    FLT_CALLBACK_DATA_QUEUE_FLAGS Flags;

    PFLT_INSTANCE Instance;

    PFLT_CALLBACK_DATA_QUEUE_INSERT_IO                   InsertIo;
    PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO                   RemoveIo;
    PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO                PeekNextIo;
    PFLT_CALLBACK_DATA_QUEUE_ACQUIRE                     Acquire;
    PFLT_CALLBACK_DATA_QUEUE_RELEASE                     Release;
    PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO        CompleteCanceledIo;

} FLT_CALLBACK_DATA_QUEUE, *PFLT_CALLBACK_DATA_QUEUE;

NTSTATUS
FLTAPI
FltCbdqInitialize(
    _In_ PFLT_INSTANCE                                       Instance,
    _Inout_ PFLT_CALLBACK_DATA_QUEUE                         Cbdq,
    _In_ PFLT_CALLBACK_DATA_QUEUE_INSERT_IO                  CbdqInsertIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_REMOVE_IO                  CbdqRemoveIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_PEEK_NEXT_IO               CbdqPeekNextIo,
    _In_ PFLT_CALLBACK_DATA_QUEUE_ACQUIRE                    CbdqAcquire,
    _In_ PFLT_CALLBACK_DATA_QUEUE_RELEASE                    CbdqRelease,
    _In_ PFLT_CALLBACK_DATA_QUEUE_COMPLETE_CANCELED_IO       CbdqCompleteCanceledIo
    );

VOID
FLTAPI
FltCbdqEnable(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq
    );

VOID
FLTAPI
FltCbdqDisable(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq
    );

_Must_inspect_result_
NTSTATUS
FLTAPI
FltCbdqInsertIo(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_ PFLT_CALLBACK_DATA Cbd,
    _In_opt_ PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context,
    _In_opt_ PVOID InsertContext
    );

_Must_inspect_result_
PFLT_CALLBACK_DATA
FLTAPI
FltCbdqRemoveIo(
    _Inout_ PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_ PFLT_CALLBACK_DATA_QUEUE_IO_CONTEXT Context
    );

_Must_inspect_result_
PFLT_CALLBACK_DATA
FLTAPI
FltCbdqRemoveNextIo(
    _Inout_  PFLT_CALLBACK_DATA_QUEUE Cbdq,
    _In_opt_  PVOID     PeekContext
    );
/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
