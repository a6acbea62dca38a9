/* The lowest layer: the only direct pool call of the driver. */
#include <ntddk.h>

PVOID
PoolAllocNx(_In_ SIZE_T Size, _In_ ULONG Tag)
{
    return ExAllocatePool2(POOL_FLAG_NON_PAGED, Size, Tag);
}
