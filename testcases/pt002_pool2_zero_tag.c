/*
 * PT002 missing-tag with the Windows 10 2004+ allocators: ExAllocatePool2,
 * ExAllocatePool3 and ExAllocatePoolUninitialized with tag 0 or a default tag.
 */
#include <ntddk.h>

#define RING_TAG 'gniR'

typedef struct _RING {
    ULONG Head;
    ULONG Tail;
    ULONG Size;
    UCHAR Data[1];
} RING, *PRING;

typedef struct _RING_OWNER {
    PRING Ring;
    PRING Shadow;
} RING_OWNER, *PRING_OWNER;

NTSTATUS
RingCreatePool2Bad(_In_ PRING_OWNER Owner, _In_ ULONG Size)
{
    Owner->Ring = ExAllocatePool2(POOL_FLAG_NON_PAGED, FIELD_OFFSET(RING, Data) + Size, 0); // expect: PT002
    if (Owner->Ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Owner->Ring->Size = Size;
    return STATUS_SUCCESS;
}

NTSTATUS
RingCreatePool3Bad(_In_ PRING_OWNER Owner, _In_ ULONG Size)
{
    POOL_EXTENDED_PARAMETER param = {0};

    param.Type = PoolExtendedParameterPriority;
    param.Priority = NormalPoolPriority;
    Owner->Shadow = ExAllocatePool3(POOL_FLAG_NON_PAGED, Size, ' mdW', &param, 1); // expect: PT002
    return Owner->Shadow != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS
RingCreateUninitializedBad(_In_ PRING_OWNER Owner, _In_ ULONG Size)
{
    PRING ring = ExAllocatePoolUninitialized(NonPagedPoolNx, FIELD_OFFSET(RING, Data) + Size, 0); // expect: PT002

    if (ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    ring->Head = ring->Tail = 0;
    ring->Size = Size;
    Owner->Ring = ring;
    return STATUS_SUCCESS;
}

NTSTATUS
RingCreateGood(_In_ PRING_OWNER Owner, _In_ ULONG Size)
{
    Owner->Ring = ExAllocatePool2(POOL_FLAG_NON_PAGED, FIELD_OFFSET(RING, Data) + Size, RING_TAG);
    if (Owner->Ring == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Owner->Ring->Size = Size;
    return STATUS_SUCCESS;
}
