#include <ntddk.h>

PVOID
MemAllocTagged(_In_ SIZE_T Size, _In_ ULONG Tag)
{
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, Size, Tag);
    return p;
}
