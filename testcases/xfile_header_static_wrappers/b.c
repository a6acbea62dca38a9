#include "mem.h"

VOID UseCopy(_In_ const VOID *Src, SIZE_T Size)
{
    PVOID p = MemDuplicate(Src, Size, FALSE);
    if (!p)
        return;
    ExFreePoolWithTag(p, 'gaTx');   // expect: PT004
}

VOID FreeTwice(SIZE_T Size)
{
    PVOID p = MemAllocate(Size);
    if (!p)
        return;
    MemFree(p);
    MemFree(p);   // expect: PT008
}
