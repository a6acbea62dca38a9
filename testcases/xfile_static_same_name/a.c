/* A static Alloc here is a pool wrapper ... */
#include <ntddk.h>

static PVOID
Alloc(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, 'AcoL');
}

VOID
UseA(_In_ BOOLEAN Fail)
{
    PVOID p = Alloc(16);                      // expect: PT005
    if (p == NULL || Fail) {
        return;
    }
    ExFreePoolWithTag(p, 'AcoL');
}
