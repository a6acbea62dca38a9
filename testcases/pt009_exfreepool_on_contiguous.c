/*
 * PT009 wrong-free: contiguous memory released with ExFreePool(WithTag)
 * instead of MmFreeContiguousMemory.
 */
#include <ntddk.h>

#define CONT_TAG 'tnoC'

NTSTATUS
SelfTestDmaBufferBad(_In_ SIZE_T Length)
{
    PHYSICAL_ADDRESS high;
    PUCHAR va;

    high.QuadPart = MAXULONG64;
    va = MmAllocateContiguousMemory(Length, high);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(va, Length, 0xA5);
    ExFreePool(va);                           // expect: PT009
    return STATUS_SUCCESS;
}

NTSTATUS
SelfTestDmaBufferCacheBad(_In_ SIZE_T Length)
{
    PHYSICAL_ADDRESS low, high, skip;
    PUCHAR va;

    low.QuadPart = 0;
    high.QuadPart = MAXULONG64;
    skip.QuadPart = 0;
    va = MmAllocateContiguousMemorySpecifyCache(Length, low, high, skip, MmWriteCombined);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(va, Length, 0xA5);
    ExFreePoolWithTag(va, CONT_TAG);          // expect: PT009
    return STATUS_SUCCESS;
}

NTSTATUS
SelfTestDmaBufferGood(_In_ SIZE_T Length)
{
    PHYSICAL_ADDRESS high;
    PUCHAR va;

    high.QuadPart = MAXULONG64;
    va = MmAllocateContiguousMemory(Length, high);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(va, Length, 0xA5);
    MmFreeContiguousMemory(va);
    return STATUS_SUCCESS;
}
