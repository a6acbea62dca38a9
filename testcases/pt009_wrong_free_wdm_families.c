/*
 * PT009 wrong-free across the newer families: ExFreePool on non-cached
 * memory and on a work item, MmFreeNonCachedMemory on pool, IoFreeErrorLogEntry
 * on a work item, and contiguous memory from the SpecifyCacheNode variant
 * freed as non-cached memory.
 */
#include <ntddk.h>

#define DMA_TAG 'aMDx'

VOID
ReleaseRingBad(_In_ SIZE_T Bytes)
{
    PVOID ring = MmAllocateNonCachedMemory(Bytes);
    if (ring == NULL) {
        return;
    }
    ExFreePool(ring);                                        // expect: PT009
}

VOID
ReleaseBounceBad(_In_ SIZE_T Bytes)
{
    PVOID bounce = ExAllocatePoolWithTag(NonPagedPoolNx, Bytes, DMA_TAG);
    if (bounce == NULL) {
        return;
    }
    MmFreeNonCachedMemory(bounce, Bytes);                    // expect: PT009
}

VOID
DropWorkItemBad(_In_ PDEVICE_OBJECT Device)
{
    PIO_WORKITEM item = IoAllocateWorkItem(Device);
    if (item == NULL) {
        return;
    }
    ExFreePoolWithTag(item, DMA_TAG);                        // expect: PT009
}

VOID
DropWorkItemAsLogBad(_In_ PDEVICE_OBJECT Device)
{
    PIO_WORKITEM item = IoAllocateWorkItem(Device);
    if (item == NULL) {
        return;
    }
    IoFreeErrorLogEntry(item);                               // expect: PT009
}

VOID
ReleaseNodeBufferBad(_In_ SIZE_T Bytes)
{
    PHYSICAL_ADDRESS low, high, boundary;
    PVOID buffer;

    low.QuadPart = 0;
    high.QuadPart = 0xFFFFFFFF;
    boundary.QuadPart = 0;
    buffer = MmAllocateContiguousMemorySpecifyCacheNode(Bytes, low, high, boundary, MmCached, MM_ANY_NODE_OK);
    if (buffer == NULL) {
        return;
    }
    MmFreeNonCachedMemory(buffer, Bytes);                    // expect: PT009
}
