/* The middle layer: objects of a fixed tag, built on pool.c. */
#include <ntddk.h>

PVOID PoolAllocNx(_In_ SIZE_T Size, _In_ ULONG Tag);

PVOID
ObjCreate(_In_ SIZE_T Size)
{
    return PoolAllocNx(Size, 'jbOX');
}
