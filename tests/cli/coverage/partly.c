/* One function clang cannot parse whole, one it can: coverage is 50%. */
#include <ntddk.h>
#include "helpers.h"

NTSTATUS Broken(SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'gaTb');
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    RtlZeroMemory(p, NotDeclaredHere);
    ExFreePoolWithTag(p, 'gaTb');
    return STATUS_SUCCESS;
}

NTSTATUS Fine(SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'gaTf');
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, 'gaTf');
    return STATUS_SUCCESS;
}
