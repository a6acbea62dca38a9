/*
 * Clean: contiguous memory for a device's descriptor ring, freed with
 * MmFreeContiguousMemory on the failure path and handed to the device
 * extension on success; released at stop.
 */
#include <ntddk.h>

#define RING_TAG 'gnRD'

typedef struct _RING_EXT {
    PVOID RingVa;
    PHYSICAL_ADDRESS RingPa;
    PVOID Shadow;
    ULONG RingBytes;
} RING_EXT, *PRING_EXT;

NTSTATUS
RingStart(_Inout_ PRING_EXT Ext, _In_ ULONG Entries)
{
    PHYSICAL_ADDRESS low, high, boundary;
    PVOID ring, shadow;

    low.QuadPart = 0;
    high.QuadPart = 0xFFFFFFFF;
    boundary.QuadPart = 0x10000;
    Ext->RingBytes = Entries * 16;
    ring = MmAllocateContiguousMemorySpecifyCache(Ext->RingBytes, low, high, boundary,
                                                  MmNonCached);
    if (ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    shadow = ExAllocatePoolWithTag(NonPagedPoolNx, Ext->RingBytes, RING_TAG);
    if (shadow == NULL) {
        MmFreeContiguousMemory(ring);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(ring, Ext->RingBytes);
    RtlZeroMemory(shadow, Ext->RingBytes);
    Ext->RingVa = ring;
    Ext->RingPa = MmGetPhysicalAddress(ring);
    Ext->Shadow = shadow;
    return STATUS_SUCCESS;
}

VOID
RingStop(_Inout_ PRING_EXT Ext)
{
    if (Ext->RingVa != NULL) {
        MmFreeContiguousMemory(Ext->RingVa);
        Ext->RingVa = NULL;
    }
    if (Ext->Shadow != NULL) {
        ExFreePoolWithTag(Ext->Shadow, RING_TAG);
        Ext->Shadow = NULL;
    }
}

NTSTATUS
ContiguousSelfTest(VOID)
{
    PHYSICAL_ADDRESS high;
    PUCHAR va;

    high.QuadPart = -1;
    va = MmAllocateContiguousMemory(PAGE_SIZE, high);
    if (va == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    va[0] = 0x5A;
    MmFreeContiguousMemory(va);
    return STATUS_SUCCESS;
}
