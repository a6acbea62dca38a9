/* The driver's allocation wrapper, in its own file. */
#include "drv.h"

PVOID
DrvAlloc(_In_ SIZE_T Size)
{
    return ExAllocatePoolZero(NonPagedPoolNx, Size, DRV_TAG);
}

VOID
DrvFree(_In_opt_ PVOID P)
{
    if (P != NULL) {
        ExFreePoolWithTag(P, DRV_TAG);
    }
}
