/* Test-only stand-in for <fltKernel.h> in the MinGW kernel compile (MinGW
 * has none): the filter manager's aligned pool and context routines the
 * shim wraps, as the WDK declares them. */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__
#include <ntddk.h>
#define FLTKERNELAPI DECLSPEC_IMPORT
#define FLTAPI NTAPI
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_FILTER *PFLT_FILTER;
typedef PVOID PFLT_CONTEXT;
typedef USHORT FLT_CONTEXT_TYPE;
typedef enum _FLT_SET_CONTEXT_OPERATION {
    FLT_SET_CONTEXT_REPLACE_IF_EXISTS,
    FLT_SET_CONTEXT_KEEP_IF_EXISTS
} FLT_SET_CONTEXT_OPERATION;
FLTKERNELAPI PVOID FLTAPI FltAllocatePoolAlignedWithTag(PFLT_INSTANCE Instance, POOL_TYPE PoolType,
                                                        SIZE_T NumberOfBytes, ULONG Tag);
FLTKERNELAPI VOID FLTAPI FltFreePoolAlignedWithTag(PFLT_INSTANCE Instance, PVOID Buffer, ULONG Tag);
FLTKERNELAPI NTSTATUS FLTAPI FltAllocateContext(PFLT_FILTER Filter, FLT_CONTEXT_TYPE ContextType,
                                                SIZE_T ContextSize, POOL_TYPE PoolType,
                                                PFLT_CONTEXT *ReturnedContext);
FLTKERNELAPI VOID FLTAPI FltReferenceContext(PFLT_CONTEXT Context);
FLTKERNELAPI VOID FLTAPI FltReleaseContext(PFLT_CONTEXT Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetInstanceContext(PFLT_INSTANCE Instance, PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetStreamContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                 PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltSetInstanceContext(PFLT_INSTANCE Instance, FLT_SET_CONTEXT_OPERATION Operation,
                                                   PFLT_CONTEXT NewContext, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltSetStreamContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                 FLT_SET_CONTEXT_OPERATION Operation, PFLT_CONTEXT NewContext,
                                                 PFLT_CONTEXT *OldContext);
#endif
