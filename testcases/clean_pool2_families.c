/*
 * Clean: every newer pool allocator (ExAllocatePool2/3, Zero,
 * Uninitialized, PriorityZero/Uninitialized, QuotaZero/Uninitialized) paired
 * with the right free and the same tag, plus ExFreePool2 with its extended
 * parameters.
 */
#include <ntddk.h>

#define NP_TAG 'looP'

VOID
AllNewAllocators(_In_ SIZE_T Size)
{
    POOL_EXTENDED_PARAMETER param = {0};
    PVOID a, b, c, d, e, f, g, h;

    param.Type = PoolExtendedParameterPriority;
    param.Priority = NormalPoolPriority;

    a = ExAllocatePool2(POOL_FLAG_NON_PAGED, Size, NP_TAG);
    if (a != NULL) {
        ExFreePoolWithTag(a, NP_TAG);
    }
    b = ExAllocatePool3(POOL_FLAG_PAGED, Size, NP_TAG, &param, 1);
    if (b != NULL) {
        ExFreePool2(b, NP_TAG, &param, 1);
    }
    c = ExAllocatePoolZero(NonPagedPoolNx, Size, NP_TAG);
    if (c != NULL) {
        ExFreePool(c);
    }
    d = ExAllocatePoolUninitialized(PagedPool, Size, NP_TAG);
    if (d != NULL) {
        RtlZeroMemory(d, Size);
        ExFreePoolWithTag(d, NP_TAG);
    }
    e = ExAllocatePoolPriorityZero(NonPagedPoolNx, Size, NP_TAG, LowPoolPriority);
    if (e != NULL) {
        ExFreePoolWithTag(e, NP_TAG);
    }
    f = ExAllocatePoolPriorityUninitialized(NonPagedPoolNx, Size, NP_TAG, HighPoolPriority);
    if (f != NULL) {
        ExFreePoolWithTag(f, NP_TAG);
    }
    g = ExAllocatePoolQuotaZero(PagedPool, Size, NP_TAG);
    if (g != NULL) {
        ExFreePoolWithTag(g, NP_TAG);
    }
    h = ExAllocatePoolQuotaUninitialized(PagedPool, Size, NP_TAG);
    if (h != NULL) {
        ExFreePoolWithTag(h, NP_TAG);
    }
}

NTSTATUS
Pool2WithFlagsCombination(_Outptr_ PVOID *Out)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED | POOL_FLAG_CACHE_ALIGNED,
                              256, NP_TAG);
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    *Out = p;
    return STATUS_SUCCESS;
}
