/*
 * MSVC dialect, clean twin of msvc_static_forceinline.c: static FORCEINLINE
 * and static __forceinline helpers that free what they allocate.
 */
#include <ntddk.h>

#define FI_TAG 'iFsM'

static FORCEINLINE PVOID
AllocScratchFrees(_In_ SIZE_T Size, _In_ BOOLEAN Check)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, FI_TAG);
    if (p != NULL && Check && Size > PAGE_SIZE) {
        ExFreePoolWithTag(p, FI_TAG);
        return NULL;
    }
    return p;
}

static __forceinline VOID
DropScratch(_In_ PVOID Scratch)
{
    ExFreePoolWithTag(Scratch, FI_TAG);
}

VOID
UseScratch(VOID)
{
    PVOID s = AllocScratchFrees(64, TRUE);
    if (s != NULL) {
        DropScratch(s);
    }
}
