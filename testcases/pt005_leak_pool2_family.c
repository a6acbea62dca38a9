/*
 * PT005 leak with each of the newer pool allocators: ExAllocatePool2,
 * ExAllocatePool3, ExAllocatePoolZero, ExAllocatePoolUninitialized,
 * ExAllocatePoolPriorityZero. Each function loses its block on one path.
 */
#include <ntddk.h>

#define P2_TAG '2loP'

typedef struct _WORK_DESC {
    ULONG Id;
    ULONG Length;
    UCHAR Data[256];
} WORK_DESC, *PWORK_DESC;

NTSTATUS
DescPool2Bad(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    PWORK_DESC d = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*d), P2_TAG);   // expect: PT005

    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
DescPool3Bad(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    POOL_EXTENDED_PARAMETER param = {0};
    PWORK_DESC d;

    param.Type = PoolExtendedParameterPriority;
    param.Priority = HighPoolPriority;
    d = ExAllocatePool3(POOL_FLAG_NON_PAGED, sizeof(*d), P2_TAG, &param, 1);   // expect: PT005
    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
DescZeroBad(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    PWORK_DESC d = ExAllocatePoolZero(NonPagedPoolNx, sizeof(*d), P2_TAG);    // expect: PT005

    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
DescUninitializedBad(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    PWORK_DESC d = ExAllocatePoolUninitialized(NonPagedPoolNx, sizeof(*d), P2_TAG); // expect: PT005

    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    RtlZeroMemory(d, sizeof(*d));
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
DescPriorityZeroBad(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    PWORK_DESC d = ExAllocatePoolPriorityZero(NonPagedPoolNx, sizeof(*d), P2_TAG, // expect: PT005
                                              LowPoolPriority);
    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
DescPool2Good(_In_ ULONG Id, _Outptr_ PWORK_DESC *Out)
{
    PWORK_DESC d = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*d), P2_TAG);

    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Id == 0) {
        ExFreePoolWithTag(d, P2_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    d->Id = Id;
    *Out = d;
    return STATUS_SUCCESS;
}
