/* Fake WDK 10.0.19041.0 for pooltrack's tests (not Microsoft's header): the pool API. */
#pragma once
#include <NtDef.h>
#if !defined(_KERNEL_MODE) || !defined(_AMD64_) || !defined(_WIN64) || !defined(_MSC_VER) || !defined(POOL_TAGGING)
#error the kernel's macros and the MSVC target are missing
#endif
#ifdef __MINGW32__
#error MinGW headers mixed with the WDK
#endif
typedef enum _POOL_TYPE { NonPagedPool, PagedPool, NonPagedPoolNx = 512 } POOL_TYPE;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
PVOID __stdcall ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
void __stdcall ExFreePoolWithTag(PVOID P, ULONG Tag);
