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
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _KTRANSACTION *PKTRANSACTION;
typedef PVOID PFLT_CONTEXT;
typedef USHORT FLT_CONTEXT_TYPE;
typedef struct _FLT_RELATED_OBJECTS {
    USHORT CONST Size;
    USHORT CONST TransactionContext;
    PFLT_FILTER CONST Filter;
    PFLT_VOLUME CONST Volume;
    PFLT_INSTANCE CONST Instance;
    PFILE_OBJECT CONST FileObject;
    PKTRANSACTION CONST Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef CONST struct _FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;
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
FLTKERNELAPI NTSTATUS FLTAPI FltGetVolumeContext(PFLT_FILTER Filter, PFLT_VOLUME Volume, PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetFileContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                               PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetStreamHandleContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                       PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetTransactionContext(PFLT_INSTANCE Instance, PKTRANSACTION Transaction,
                                                      PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetSectionContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                  PFLT_CONTEXT *Context);
FLTKERNELAPI NTSTATUS FLTAPI FltGetContexts(PCFLT_RELATED_OBJECTS FltObjects, FLT_CONTEXT_TYPE DesiredContexts,
                                            PFLT_RELATED_CONTEXTS Contexts);
FLTKERNELAPI VOID FLTAPI FltReleaseContexts(PFLT_RELATED_CONTEXTS Contexts);
FLTKERNELAPI NTSTATUS FLTAPI FltGetContextsEx(PCFLT_RELATED_OBJECTS FltObjects, FLT_CONTEXT_TYPE DesiredContexts,
                                              SIZE_T ContextsSize, PFLT_RELATED_CONTEXTS_EX Contexts);
FLTKERNELAPI VOID FLTAPI FltReleaseContextsEx(SIZE_T ContextsSize, PFLT_RELATED_CONTEXTS_EX Contexts);
FLTKERNELAPI NTSTATUS FLTAPI FltSetVolumeContext(PFLT_VOLUME Volume, FLT_SET_CONTEXT_OPERATION Operation,
                                                 PFLT_CONTEXT NewContext, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltSetFileContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                               FLT_SET_CONTEXT_OPERATION Operation, PFLT_CONTEXT NewContext,
                                               PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltSetStreamHandleContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                       FLT_SET_CONTEXT_OPERATION Operation,
                                                       PFLT_CONTEXT NewContext, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltSetTransactionContext(PFLT_INSTANCE Instance, PKTRANSACTION Transaction,
                                                      FLT_SET_CONTEXT_OPERATION Operation,
                                                      PFLT_CONTEXT NewContext, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteVolumeContext(PFLT_FILTER Filter, PFLT_VOLUME Volume, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteInstanceContext(PFLT_INSTANCE Instance, PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteFileContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                  PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteStreamContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                    PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteStreamHandleContext(PFLT_INSTANCE Instance, PFILE_OBJECT FileObject,
                                                          PFLT_CONTEXT *OldContext);
FLTKERNELAPI NTSTATUS FLTAPI FltDeleteTransactionContext(PFLT_INSTANCE Instance, PKTRANSACTION Transaction,
                                                         PFLT_CONTEXT *OldContext);
#endif
