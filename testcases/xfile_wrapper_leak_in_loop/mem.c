#include <ntddk.h>

PVOID
SlotAlloc(VOID)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, 128, 'tolS');
}
