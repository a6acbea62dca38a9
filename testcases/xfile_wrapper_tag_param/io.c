/* The tag passed to the wrapper in mem.c is the allocation's tag. */
#include <ntddk.h>

PVOID MemAllocTagged(_In_ SIZE_T Size, _In_ ULONG Tag);

VOID
TagMismatch(VOID)
{
    PVOID p = MemAllocTagged(128, 'AgaT');
    if (p != NULL) {
        ExFreePoolWithTag(p, 'BgaT');         // expect: PT004
    }
}

VOID
TagMatch(VOID)
{
    PVOID p = MemAllocTagged(128, 'AgaT');
    if (p != NULL) {
        ExFreePoolWithTag(p, 'AgaT');
    }
}
