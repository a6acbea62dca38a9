/*
 * PT002 missing-tag: the default tags ' kdD' (DDK), ' mdW' (WDM) and 'enoN'
 * (None) that old samples pass explicitly. They say nothing about the driver.
 */
#include <ntddk.h>

#define SER_TAG 'lreS'

PVOID
SerAllocDdkDefaultBad(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, ' kdD');   // expect: PT002
}

PVOID
SerAllocWdmDefaultBad(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, ' mdW');   // expect: PT002
}

PVOID
SerAllocNoneBad(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTagPriority(NonPagedPoolNx, Size, 'enoN', // expect: PT002
                                         NormalPoolPriority);
}

PVOID
SerAllocGood(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, SER_TAG);
}

/* Looks like a default tag but is the driver's own: clean. */
PVOID
SerAllocLookalikeGood(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, ' reS');
}
