/*
 * PT003 tag-size-swap: ExAllocatePoolWithTagPriority and
 * ExAllocatePoolWithQuotaTag with the size and tag exchanged; a const ULONG
 * tag is still a four-character constant by value.
 */
#include <ntddk.h>

static const ULONG PktTag = 'tkPU';

typedef struct _PACKET {
    ULONG Length;
    UCHAR Payload[1500];
} PACKET, *PPACKET;

PPACKET
PacketAllocConstBad(VOID)
{
    return ExAllocatePoolWithTagPriority(NonPagedPoolNx, PktTag, sizeof(PACKET), // expect: PT003
                                         HighPoolPriority);
}

PPACKET
PacketAllocQuotaBad(VOID)
{
    return ExAllocatePoolWithQuotaTag(NonPagedPoolNx, 'tkPU', 1504);   // expect: PT003
}

PPACKET
PacketAllocGood(VOID)
{
    return ExAllocatePoolWithTagPriority(NonPagedPoolNx, sizeof(PACKET), PktTag,
                                         HighPoolPriority);
}

VOID
PacketFree(_In_ PPACKET Packet)
{
    ExFreePool(Packet);
}
