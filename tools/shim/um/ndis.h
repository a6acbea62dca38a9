/* Minimal user-mode <ndis.h>: the NDIS memory routines only. */
#ifndef PT_UM_NDIS_H
#define PT_UM_NDIS_H
#include "ntddk.h"
#define _NDIS_
typedef PVOID NDIS_HANDLE;
typedef int32_t NDIS_STATUS;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009A)
NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *va, UINT len, ULONG tag);
PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE h, UINT len, ULONG tag, EX_POOL_PRIORITY p);
VOID NdisFreeMemory(PVOID va, UINT len, UINT flags);
VOID NdisFreeMemoryWithTagPriority(NDIS_HANDLE h, PVOID va, ULONG tag);
#endif
