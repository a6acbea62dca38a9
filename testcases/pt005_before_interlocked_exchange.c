/* The exchange hands the block over, but an error return before it loses it. */
#include <ntddk.h>

typedef struct _OPEN { PVOID Program; } OPEN, *POPEN;

NTSTATUS SetProgram(_In_ POPEN Open, SIZE_T Length, BOOLEAN Running)
{
    PVOID next = ExAllocatePoolWithTag(NonPagedPoolNx, Length, 'gorP');   // expect: PT005
    if (!next)
        return STATUS_INSUFFICIENT_RESOURCES;
    if (!Running)
        return STATUS_DEVICE_NOT_READY;
    PVOID old = InterlockedExchangePointer(&Open->Program, next);
    if (old)
        ExFreePoolWithTag(old, 'gorP');
    return STATUS_SUCCESS;
}
