/*
 * MSVC dialect: `static FORCEINLINE` and `static __forceinline` in C. MinGW's
 * __forceinline holds `extern`, so `static __forceinline` is `static extern`:
 * the helper below had a parse error and was not analysed, and its leak was
 * not found. The clean twin is clean_msvc_static_forceinline.c.
 */
#include <ntddk.h>

#define FI_TAG 'iFsM'

static FORCEINLINE PVOID
AllocScratchLeaks(_In_ SIZE_T Size, _In_ BOOLEAN Check)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, FI_TAG);   // expect: PT005
    if (p != NULL && Check && Size > PAGE_SIZE) {
        return NULL;    /* p leaks */
    }
    return p;
}

static __forceinline VOID
DropScratchTwice(_In_ PVOID Scratch)
{
    ExFreePoolWithTag(Scratch, FI_TAG);
    ExFreePoolWithTag(Scratch, FI_TAG);   // expect: PT008
}

VOID
UseScratch(VOID)
{
    PVOID s = AllocScratchLeaks(64, TRUE);
    if (s != NULL) {
        ExFreePoolWithTag(s, FI_TAG);
    }
}
