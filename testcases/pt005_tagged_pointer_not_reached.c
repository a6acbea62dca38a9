/* The tagged store would hand the block over; an error return before it
 * loses the block. */
#include <ntddk.h>

#define LEVEL_MASK 3
typedef struct _TABLE { ULONG_PTR Table; ULONG Limit; } TABLE, *PTABLE;

BOOLEAN Grow(_In_ PTABLE Table, ULONG Id)
{
    PVOID *level1 = ExAllocatePoolWithTag(NonPagedPoolNx, PAGE_SIZE, 'lbaT');   // expect: PT005
    if (!level1)
        return FALSE;
    if (Id >= Table->Limit)
        return FALSE;
    ULONG_PTR table = (ULONG_PTR)level1 | 1;
    InterlockedExchangePointer((PVOID *)&Table->Table, (PVOID)table);
    return TRUE;
}
