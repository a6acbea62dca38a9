/* Minimal user-mode <fltKernel.h>: the filter manager's aligned pool and
 * contexts (allocate, reference, release; one context per instance and per
 * stream object, as the routines the shim wraps need). */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__
#include "ntddk.h"
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef PVOID PFLT_CONTEXT;
typedef USHORT FLT_CONTEXT_TYPE;
#define FLT_INSTANCE_CONTEXT 0x0002
#define FLT_STREAM_CONTEXT 0x0004
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
NTSTATUS FltSetInstanceContext(PFLT_INSTANCE inst, FLT_SET_CONTEXT_OPERATION op, PFLT_CONTEXT ctx,
                               PFLT_CONTEXT *old);
NTSTATUS FltSetStreamContext(PFLT_INSTANCE inst, PFILE_OBJECT fo, FLT_SET_CONTEXT_OPERATION op,
                             PFLT_CONTEXT ctx, PFLT_CONTEXT *old);
#endif
