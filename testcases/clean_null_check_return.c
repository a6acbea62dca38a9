/*
 * Clean: every flavour of the NULL check right after the allocation. The
 * early return on NULL loses nothing, whatever the spelling: `== NULL`,
 * `!p`, `NULL == p`, `if (p) {...} else return`, assignment inside the condition.
 */
#include <ntddk.h>

#define NC_TAG 'kcNC'

NTSTATUS
NullEqualsReturn(_In_ SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, NC_TAG);
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(p, n);
    ExFreePoolWithTag(p, NC_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
NotPointerReturn(_In_ SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, NC_TAG);
    if (!p)
        return STATUS_INSUFFICIENT_RESOURCES;
    RtlZeroMemory(p, n);
    ExFreePoolWithTag(p, NC_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
YodaNullReturn(_In_ SIZE_T n)
{
    PVOID p;

    p = ExAllocatePoolWithTag(NonPagedPoolNx, n, NC_TAG);
    if (NULL == p) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(p, n);
    ExFreePoolWithTag(p, NC_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
PositiveBranch(_In_ SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, NC_TAG);
    if (p != NULL) {
        RtlZeroMemory(p, n);
        ExFreePoolWithTag(p, NC_TAG);
        return STATUS_SUCCESS;
    } else {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
}

NTSTATUS
AssignInCondition(_In_ SIZE_T n)
{
    PVOID p;

    if ((p = ExAllocatePoolWithTag(NonPagedPoolNx, n, NC_TAG)) == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(p, n);
    ExFreePoolWithTag(p, NC_TAG);
    return STATUS_SUCCESS;
}
