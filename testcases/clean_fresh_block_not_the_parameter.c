/* A fresh allocation cannot be the block the caller lent: `p != Param` is
 * true, so the free under it always runs (it used to look skippable, a false
 * PT005). */
#include <ntddk.h>

NTSTATUS ScratchCopy(PVOID Param, ULONG Length)
{
    PVOID p = ExAllocatePoolWithTag(PagedPool, Length, 'hctS');
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(p, Param, Length);
    if (p && p != Param) ExFreePoolWithTag(p, 'hctS');
    return STATUS_SUCCESS;
}
