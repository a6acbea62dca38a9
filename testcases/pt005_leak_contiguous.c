/*
 * PT005 leak of physically contiguous memory (DMA common buffer set up by
 * hand): MmAllocateContiguousMemorySpecifyCache / MmAllocateContiguousMemory
 * need MmFreeContiguousMemory on the failure path too.
 */
#include <ntddk.h>

typedef struct _DMA_EXT {
    PVOID CommonBuffer;
    PHYSICAL_ADDRESS CommonBufferPa;
    PVOID Descriptors;
    ULONG Length;
} DMA_EXT, *PDMA_EXT;

NTSTATUS
DmaSetupBad(_Inout_ PDMA_EXT Ext)
{
    PHYSICAL_ADDRESS low, high, boundary;
    PVOID buffer;

    low.QuadPart = 0;
    high.QuadPart = 0xFFFFFFFF;      /* 32-bit device */
    boundary.QuadPart = 0;
    buffer = MmAllocateContiguousMemorySpecifyCache(Ext->Length, low, high, boundary,  // expect: PT005
                                                    MmNonCached);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (MmGetPhysicalAddress(buffer).QuadPart & 0xFFF) {
        return STATUS_DATATYPE_MISALIGNMENT;     /* buffer leaks */
    }
    RtlZeroMemory(buffer, Ext->Length);
    Ext->CommonBuffer = buffer;
    Ext->CommonBufferPa = MmGetPhysicalAddress(buffer);
    return STATUS_SUCCESS;
}

NTSTATUS
DmaSetupDescriptorsBad(_Inout_ PDMA_EXT Ext, _In_ ULONG Count)
{
    PHYSICAL_ADDRESS high;
    PVOID desc;

    high.QuadPart = 0xFFFFFFFF;
    desc = MmAllocateContiguousMemory(Count * 32, high);     // expect: PT005
    if (desc == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Count > 256) {
        return STATUS_INVALID_PARAMETER;
    }
    Ext->Descriptors = desc;
    return STATUS_SUCCESS;
}

NTSTATUS
DmaSetupGood(_Inout_ PDMA_EXT Ext)
{
    PHYSICAL_ADDRESS low, high, boundary;
    PVOID buffer;

    low.QuadPart = 0;
    high.QuadPart = 0xFFFFFFFF;
    boundary.QuadPart = 0;
    buffer = MmAllocateContiguousMemorySpecifyCache(Ext->Length, low, high, boundary,
                                                    MmNonCached);
    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (MmGetPhysicalAddress(buffer).QuadPart & 0xFFF) {
        MmFreeContiguousMemory(buffer);
        return STATUS_DATATYPE_MISALIGNMENT;
    }
    RtlZeroMemory(buffer, Ext->Length);
    Ext->CommonBuffer = buffer;
    Ext->CommonBufferPa = MmGetPhysicalAddress(buffer);
    return STATUS_SUCCESS;
}
