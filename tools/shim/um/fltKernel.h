/* Minimal user-mode <fltKernel.h>: the filter manager's aligned pool and
 * contexts (allocate, reference, release; get, set and delete on each kind
 * of object, one context per object and type; FltGetContexts(Ex) and
 * FltReleaseContexts(Ex)), as the routines the shim wraps need. */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__
#include "ntddk.h"
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _KTRANSACTION *PKTRANSACTION;
typedef PVOID PFLT_CONTEXT;
typedef USHORT FLT_CONTEXT_TYPE;
#define NULL_CONTEXT ((PFLT_CONTEXT)NULL)
#define FLT_VOLUME_CONTEXT 0x0001
#define FLT_INSTANCE_CONTEXT 0x0002
#define FLT_FILE_CONTEXT 0x0004
#define FLT_STREAM_CONTEXT 0x0008
#define FLT_STREAMHANDLE_CONTEXT 0x0010
#define FLT_TRANSACTION_CONTEXT 0x0020
#define FLT_SECTION_CONTEXT 0x0040
#define FLT_ALL_CONTEXTS 0x007f
typedef struct _FLT_RELATED_OBJECTS {
    const USHORT Size;
    const USHORT TransactionContext;
    PFLT_FILTER const Filter;
    PFLT_VOLUME const Volume;
    PFLT_INSTANCE const Instance;
    PFILE_OBJECT const FileObject;
    PKTRANSACTION const Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef const struct _FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;
typedef struct _FLT_RELATED_CONTEXTS {
    PFLT_CONTEXT VolumeContext;
    PFLT_CONTEXT InstanceContext;
    PFLT_CONTEXT FileContext;
    PFLT_CONTEXT StreamContext;
    PFLT_CONTEXT StreamHandleContext;
    PFLT_CONTEXT TransactionContext;
} FLT_RELATED_CONTEXTS, *PFLT_RELATED_CONTEXTS;
typedef struct _FLT_RELATED_CONTEXTS_EX {
    PFLT_CONTEXT VolumeContext;
    PFLT_CONTEXT InstanceContext;
    PFLT_CONTEXT FileContext;
    PFLT_CONTEXT StreamContext;
    PFLT_CONTEXT StreamHandleContext;
    PFLT_CONTEXT TransactionContext;
    PFLT_CONTEXT SectionContext;
} FLT_RELATED_CONTEXTS_EX, *PFLT_RELATED_CONTEXTS_EX;
typedef enum _FLT_SET_CONTEXT_OPERATION {
    FLT_SET_CONTEXT_REPLACE_IF_EXISTS,
    FLT_SET_CONTEXT_KEEP_IF_EXISTS
} FLT_SET_CONTEXT_OPERATION;
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225)
#define STATUS_FLT_CONTEXT_ALREADY_DEFINED ((NTSTATUS)0xC01C002C)
PVOID FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag);
VOID FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag);
NTSTATUS FltAllocateContext(PFLT_FILTER filter, FLT_CONTEXT_TYPE type, SIZE_T n, POOL_TYPE pool,
                            PFLT_CONTEXT *ctx);
VOID FltReferenceContext(PFLT_CONTEXT ctx);
VOID FltReleaseContext(PFLT_CONTEXT ctx);
VOID FltDeleteContext(PFLT_CONTEXT ctx);
NTSTATUS FltGetInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *ctx);
NTSTATUS FltGetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx);
NTSTATUS FltGetVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *ctx);
NTSTATUS FltGetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx);
NTSTATUS FltGetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx);
NTSTATUS FltGetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *ctx);
NTSTATUS FltGetSectionContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *ctx);
NTSTATUS FltGetContexts(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, PFLT_RELATED_CONTEXTS ctxs);
VOID FltReleaseContexts(PFLT_RELATED_CONTEXTS ctxs);
NTSTATUS FltGetContextsEx(PCFLT_RELATED_OBJECTS objs, FLT_CONTEXT_TYPE want, SIZE_T size,
                          PFLT_RELATED_CONTEXTS_EX ctxs);
VOID FltReleaseContextsEx(SIZE_T size, PFLT_RELATED_CONTEXTS_EX ctxs);
NTSTATUS FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                               PFLT_CONTEXT *old);
NTSTATUS FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                             PFLT_CONTEXT ctx, PFLT_CONTEXT *old);
NTSTATUS FltSetVolumeContext(PFLT_VOLUME vol, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                             PFLT_CONTEXT *old);
NTSTATUS FltSetFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                           PFLT_CONTEXT ctx, PFLT_CONTEXT *old);
NTSTATUS FltSetStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                                   PFLT_CONTEXT ctx, PFLT_CONTEXT *old);
NTSTATUS FltSetTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, FLT_SET_CONTEXT_OPERATION op,
                                  PFLT_CONTEXT ctx, PFLT_CONTEXT *old);
NTSTATUS FltDeleteVolumeContext(PFLT_FILTER filter, PFLT_VOLUME vol, PFLT_CONTEXT *old);
NTSTATUS FltDeleteInstanceContext(PFLT_INSTANCE inst, PFLT_CONTEXT *old);
NTSTATUS FltDeleteFileContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old);
NTSTATUS FltDeleteStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old);
NTSTATUS FltDeleteStreamHandleContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, PFLT_CONTEXT *old);
NTSTATUS FltDeleteTransactionContext(PFLT_INSTANCE inst, PKTRANSACTION txn, PFLT_CONTEXT *old);
/* User mode only: a section context is attached by FltCreateSectionForDataScan
 * in the kernel (no old context handed back); here the harness attaches it. */
NTSTATUS pt_um_flt_attach_section(PFILE_OBJECT fo, PFLT_CONTEXT ctx);
/* User mode only: contexts still attached (the fake filter manager's own
 * references), to check that a test left none behind. */
int pt_um_flt_attached(void);
#endif
