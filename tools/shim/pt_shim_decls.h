/* Prototypes of the tracking wrappers. Needs the WDK types: include after
 * <ntddk.h>/<wdm.h> (the real WDK, MinGW's DDK, or tools/shim/um). Drivers
 * include pt_shim.h, which adds the macros that route calls here. */
#ifndef PT_SHIM_DECLS_H
#define PT_SHIM_DECLS_H
#include "pt_shim_core.h"
#ifndef PT_SHIM_USER_MODE
#include "pt_shim_km_compat.h"
#endif

#define PT_SITE_PARAMS const char *pt_file, int pt_line, const char *pt_func
#define PT_SITE __FILE__, __LINE__, __func__

PVOID pt_ExAllocatePool(POOL_TYPE t, SIZE_T n, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolWithTagPriority(POOL_TYPE t, SIZE_T n, ULONG tag,
                                       EX_POOL_PRIORITY prio, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolWithQuota(POOL_TYPE t, SIZE_T n, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolWithQuotaTag(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext,
                         ULONG count, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolZero(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolQuotaZero(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolQuotaUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolPriorityZero(POOL_TYPE t, SIZE_T n, ULONG tag,
                                    EX_POOL_PRIORITY prio, PT_SITE_PARAMS);
PVOID pt_ExAllocatePoolPriorityUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag,
                                             EX_POOL_PRIORITY prio, PT_SITE_PARAMS);
VOID pt_ExFreePool(PVOID p, PT_SITE_PARAMS);
VOID pt_ExFreePoolWithTag(PVOID p, ULONG tag, PT_SITE_PARAMS);
VOID pt_ExFreePool2(PVOID p, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext, ULONG count,
                    PT_SITE_PARAMS);

PMDL pt_IoAllocateMdl(PVOID va, ULONG len, BOOLEAN secondary, BOOLEAN quota, PIRP irp,
                      PT_SITE_PARAMS);
VOID pt_IoFreeMdl(PMDL mdl, PT_SITE_PARAMS);
VOID pt_MmProbeAndLockPages(PMDL mdl, KPROCESSOR_MODE mode, LOCK_OPERATION op, PT_SITE_PARAMS);
VOID pt_MmUnlockPages(PMDL mdl, PT_SITE_PARAMS);
PIRP pt_IoAllocateIrp(CCHAR stack, BOOLEAN quota, PT_SITE_PARAMS);
VOID pt_IoFreeIrp(PIRP irp, PT_SITE_PARAMS);

PVOID pt_ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PT_SITE_PARAMS);
VOID pt_ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID p, PT_SITE_PARAMS);
PVOID pt_ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PT_SITE_PARAMS);
VOID pt_ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID p, PT_SITE_PARAMS);

PVOID pt_MmAllocateContiguousMemory(SIZE_T n, PHYSICAL_ADDRESS high, PT_SITE_PARAMS);
PVOID pt_MmAllocateContiguousMemorySpecifyCache(SIZE_T n, PHYSICAL_ADDRESS low,
                                                PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS boundary,
                                                MEMORY_CACHING_TYPE cache, PT_SITE_PARAMS);
VOID pt_MmFreeContiguousMemory(PVOID p, PT_SITE_PARAMS);
VOID pt_MmFreeContiguousMemorySpecifyCache(PVOID p, SIZE_T n, MEMORY_CACHING_TYPE cache,
                                           PT_SITE_PARAMS);

NTSTATUS pt_RtlAnsiStringToUnicodeString(PUNICODE_STRING dst, PCANSI_STRING src,
                                         BOOLEAN alloc, PT_SITE_PARAMS);
VOID pt_RtlFreeUnicodeString(PUNICODE_STRING s, PT_SITE_PARAMS);

PVOID pt_ExAllocateFromLookasideListEx(PLOOKASIDE_LIST_EX l, PT_SITE_PARAMS);
VOID pt_ExFreeToLookasideListEx(PLOOKASIDE_LIST_EX l, PVOID p, PT_SITE_PARAMS);
PIO_WORKITEM pt_IoAllocateWorkItem(PDEVICE_OBJECT dev, PT_SITE_PARAMS);
VOID pt_IoFreeWorkItem(PIO_WORKITEM w, PT_SITE_PARAMS);
PIRP pt_IoBuildAsynchronousFsdRequest(ULONG major, PDEVICE_OBJECT dev, PVOID buffer, ULONG length,
                                      PLARGE_INTEGER offset, PIO_STATUS_BLOCK iosb, PT_SITE_PARAMS);
PMDL pt_MmAllocatePagesForMdl(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high, PHYSICAL_ADDRESS skip,
                              SIZE_T total, PT_SITE_PARAMS);
PMDL pt_MmAllocatePagesForMdlEx(PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high,
                                PHYSICAL_ADDRESS skip, SIZE_T total, MEMORY_CACHING_TYPE cache,
                                ULONG flags, PT_SITE_PARAMS);
VOID pt_MmFreePagesFromMdl(PMDL m, PT_SITE_PARAMS);

/* Replaces DriverObject->DriverUnload by a thunk that calls the driver's
 * routine, then pt_shim_unload_check(), then forgets the leaked blocks
 * (left allocated for Driver Verifier), or frees them if asked: compile
 * with PT_SHIM_RELEASE_LEAKS, or pt_shim_set_release_leaks(TRUE). */
VOID pt_shim_hook_unload(PDRIVER_OBJECT drv);
VOID pt_shim_set_release_leaks(BOOLEAN release);
/* Frees every block still tracked, each with its own family's routine. */
VOID pt_shim_release_outstanding(VOID);
#endif
