/* Force-included (-include) when the bench runs clang --analyze: the pool API
 * expressed the only way the Clang Static Analyzer understands, ownership
 * attributes. Clang 14 honours them for the "malloc" module only, so every
 * family below is one family to it: it cannot tell ExFreePool from IoFreeMdl
 * (no PT009), has no notion of tags (no PT001-PT004) nor of locked pages. */
#include <ntddk.h>

#define PT_RET __attribute__((ownership_returns(malloc)))
#define PT_TAKES(i) __attribute__((ownership_takes(malloc, i)))

PT_RET PVOID NTAPI ExAllocatePool(POOL_TYPE, SIZE_T);
PT_RET PVOID NTAPI ExAllocatePoolWithTag(POOL_TYPE, SIZE_T, ULONG);
PT_RET PVOID NTAPI ExAllocatePoolWithTagPriority(POOL_TYPE, SIZE_T, ULONG, EX_POOL_PRIORITY);
PT_RET PVOID NTAPI ExAllocatePoolWithQuota(POOL_TYPE, SIZE_T);
PT_RET PVOID NTAPI ExAllocatePoolWithQuotaTag(POOL_TYPE, SIZE_T, ULONG);
PT_RET PVOID NTAPI ExAllocatePool2(POOL_FLAGS, SIZE_T, ULONG);
PT_RET PVOID NTAPI ExAllocatePoolZero(POOL_TYPE, SIZE_T, ULONG);
PT_RET PVOID NTAPI ExAllocatePoolUninitialized(POOL_TYPE, SIZE_T, ULONG);
PT_TAKES(1) VOID NTAPI ExFreePool(PVOID);
PT_TAKES(1) VOID NTAPI ExFreePoolWithTag(PVOID, ULONG);
PT_TAKES(1) VOID NTAPI ExFreePool2(PVOID, ULONG, PCPOOL_EXTENDED_PARAMETER, ULONG);
PT_RET PMDL NTAPI IoAllocateMdl(PVOID, ULONG, BOOLEAN, BOOLEAN, PIRP);
PT_TAKES(1) VOID NTAPI IoFreeMdl(PMDL);
PT_RET PIRP NTAPI IoAllocateIrp(CCHAR, BOOLEAN);
PT_TAKES(1) VOID NTAPI IoFreeIrp(PIRP);
PT_RET PVOID NTAPI MmAllocateContiguousMemory(SIZE_T, PHYSICAL_ADDRESS);
PT_TAKES(1) VOID NTAPI MmFreeContiguousMemory(PVOID);
