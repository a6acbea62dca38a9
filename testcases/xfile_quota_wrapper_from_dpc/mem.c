/* A wrapper that charges quota: fine at PASSIVE_LEVEL, not from a DPC. */
#include <ntddk.h>

PVOID
QAlloc(_In_ SIZE_T Size)
{
    return ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_USE_QUOTA, Size, 'cllQ');   // expect: PT007
}
