/* A driver whose allocations go through its own wrapper (MyAlloc), as many
 * real drivers do: the leak's site is inside MyAlloc, the bug is in the
 * caller that forgets the block (CreateThing). Not static, so the test
 * (linked with -rdynamic) can name the frames. */
#include <ntddk.h>
#include "pt_shim.h"

PVOID MyAlloc(SIZE_T n, ULONG tag);
PVOID CreateThing(void);
VOID FreeThing(PVOID p);

/* Each does work after its call, so the call is not a tail call: a tail
 * call leaves no frame of its own (the stack then starts at the caller). */
__attribute__((noinline)) PVOID MyAlloc(SIZE_T n, ULONG tag)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, tag);   /* site:wrapper */
    if (p != NULL)
        *(UCHAR *)p = 0;
    return p;
}

__attribute__((noinline)) PVOID CreateThing(void)
{
    ULONG *p = MyAlloc(48, 'gnhT');   /* site:caller */
    if (p != NULL)
        *p = 1;
    return p;
}

__attribute__((noinline)) VOID FreeThing(PVOID p)
{
    ExFreePoolWithTag(p, 'gnhT');
}
