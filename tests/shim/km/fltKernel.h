/* Test-only stand-in for <fltKernel.h> in the MinGW kernel compile (MinGW
 * has none): the filter manager's aligned pool routines, as the WDK
 * declares them. */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__
#include <ntddk.h>
#define FLTKERNELAPI DECLSPEC_IMPORT
#define FLTAPI NTAPI
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
FLTKERNELAPI PVOID FLTAPI FltAllocatePoolAlignedWithTag(PFLT_INSTANCE Instance, POOL_TYPE PoolType,
                                                        SIZE_T NumberOfBytes, ULONG Tag);
FLTKERNELAPI VOID FLTAPI FltFreePoolAlignedWithTag(PFLT_INSTANCE Instance, PVOID Buffer, ULONG Tag);
#endif
