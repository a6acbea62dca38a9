/* Minimal user-mode <fltKernel.h>: the filter manager's aligned pool only. */
#ifndef __FLTKERNEL__
#define __FLTKERNEL__
#include "ntddk.h"
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
PVOID FltAllocatePoolAlignedWithTag(PFLT_INSTANCE inst, POOL_TYPE type, SIZE_T n, ULONG tag);
VOID FltFreePoolAlignedWithTag(PFLT_INSTANCE inst, PVOID p, ULONG tag);
#endif
