#include <ntddk.h>

#define HDR_TAG 'rdHI'

/* Defined in the header: every file that includes it has its own copy. */
FORCEINLINE PVOID
HdrAlloc(_In_ SIZE_T Size)
{
    return ExAllocatePoolZero(NonPagedPoolNx, Size, HDR_TAG);
}
