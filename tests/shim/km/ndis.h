/* Test-only stand-in for <ndis.h> in the MinGW kernel compile: MinGW's own
 * ndis.h does not compile (it redefines ntddndis.h's enums). It declares the
 * NDIS 5 memory routines as MinGW's does; pt_shim_km_compat.h adds NDIS 6's. */
#ifndef PT_TEST_KM_NDIS_H
#define PT_TEST_KM_NDIS_H
#include <ntddk.h>
#define _NDIS_
#define NDISAPI DECLSPEC_IMPORT
typedef unsigned int UINT;
typedef PVOID NDIS_HANDLE;
typedef int NDIS_STATUS;
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
NDISAPI NDIS_STATUS NTAPI NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length, ULONG Tag);
NDISAPI VOID NTAPI NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags);
#endif
