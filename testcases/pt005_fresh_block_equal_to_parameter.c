/* The twin of clean_fresh_block_not_the_parameter.c: the free runs only when
 * the fresh block is the caller's, which it never is. */
#include <ntddk.h>

NTSTATUS ScratchCopy(PVOID Param, ULONG Length)
{
    PVOID p = ExAllocatePoolWithTag(PagedPool, Length, 'hctS');   // expect: PT005
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(p, Param, Length);
    if (p == Param) ExFreePoolWithTag(p, 'hctS');
    return STATUS_SUCCESS;
}
