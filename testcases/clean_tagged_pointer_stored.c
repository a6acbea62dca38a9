/* A pointer with tag bits or'ed in, stored as an integer (KSystemInformer's
 * CID table levels): the engine cannot follow the integer, so the block is
 * taken as handed over. */
#include <ntddk.h>

#define LEVEL_MASK 3
typedef struct _TABLE { ULONG_PTR Table; } TABLE, *PTABLE;

BOOLEAN Grow(_In_ PTABLE Table)
{
    PVOID *level1 = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, 'lbaT');
    if (!level1)
        return FALSE;
    level1[0] = (PVOID)(Table->Table & ~(ULONG_PTR)LEVEL_MASK);
    ULONG_PTR table = (ULONG_PTR)level1 | 1;
    InterlockedExchangePointer((PVOID *)&Table->Table, (PVOID)table);
    level1 = (PVOID *)(table & ~(ULONG_PTR)LEVEL_MASK);
    return level1 != NULL;
}
