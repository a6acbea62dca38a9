#include <ntddk.h>

PVOID
CAllocTagged(_In_ SIZE_T Size)
{
    return ExAllocatePoolZero(NonPagedPoolNx, Size, 'ppCC');
}
