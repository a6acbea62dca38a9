/*
 * PT004 tag-mismatch in C++: tags as constexpr values and an enum class;
 * they compare by value like any other spelling.
 */
extern "C" {
#include <wdm.h>
}

constexpr ULONG kRingTag = 'gniR';
constexpr ULONG kSlotTag = 'tolS';

enum class PoolTag : ULONG {
    Ring = 'gniR',
    Slot = 'tolS',
};

struct RingSlot {
    ULONG Sequence;
    UCHAR Payload[60];
};

NTSTATUS
RingSelfTestBad(ULONG Slots)
{
    auto slots = static_cast<RingSlot *>(
        ExAllocatePoolWithTag(NonPagedPoolNx, Slots * sizeof(RingSlot), kRingTag));
    if (slots == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (ULONG i = 0; i < Slots; i++) {
        slots[i].Sequence = i;
    }
    ExFreePoolWithTag(slots, kSlotTag);                       // expect: PT004
    return STATUS_SUCCESS;
}

NTSTATUS
RingSelfTestEnumBad(ULONG Slots)
{
    auto slots = static_cast<RingSlot *>(
        ExAllocatePoolWithTag(NonPagedPoolNx, Slots * sizeof(RingSlot),
                              static_cast<ULONG>(PoolTag::Slot)));
    if (slots == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(slots, Slots * sizeof(RingSlot));
    ExFreePoolWithTag(slots, static_cast<ULONG>(PoolTag::Ring));   // expect: PT004
    return STATUS_SUCCESS;
}

NTSTATUS
RingSelfTestGood(ULONG Slots)
{
    auto slots = static_cast<RingSlot *>(
        ExAllocatePoolWithTag(NonPagedPoolNx, Slots * sizeof(RingSlot), kRingTag));
    if (slots == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (ULONG i = 0; i < Slots; i++) {
        slots[i].Sequence = i;
    }
    ExFreePoolWithTag(slots, static_cast<ULONG>(PoolTag::Ring));
    return STATUS_SUCCESS;
}
