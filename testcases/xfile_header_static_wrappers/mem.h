/* The project's allocation wrappers, defined in its header (as wireguard-nt,
 * xeniface and dokany do): each file that includes it has its own copy. */
#pragma once
#include <ntddk.h>

#define MEM_TAG 'mMyD'

static __inline PVOID
MemAllocate(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, MEM_TAG);
}

static __inline VOID
MemFree(_In_opt_ PVOID Ptr)
{
    if (Ptr)
        ExFreePoolWithTag(Ptr, MEM_TAG);
}

/* A bug inside the header itself: reported once, at the header's line,
 * although two files include it. */
static __inline PVOID
MemDuplicate(_In_ const VOID *Src, _In_ SIZE_T Size, _In_ BOOLEAN Check)
{
    PVOID copy = ExAllocatePoolWithTag(NonPagedPoolNx, Size, MEM_TAG);   // expect: PT005
    if (!copy)
        return NULL;
    if (Check && Size > 4096)
        return NULL;
    RtlCopyMemory(copy, Src, Size);
    return copy;
}
