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

/* Frees its copy when it gives up. */
static __inline PVOID
MemDuplicate(_In_ const VOID *Src, _In_ SIZE_T Size, _In_ BOOLEAN Check)
{
    PVOID copy = ExAllocatePoolWithTag(NonPagedPoolNx, Size, MEM_TAG);
    if (!copy)
        return NULL;
    if (Check && Size > 4096) {
        ExFreePoolWithTag(copy, MEM_TAG);
        return NULL;
    }
    RtlCopyMemory(copy, Src, Size);
    return copy;
}
