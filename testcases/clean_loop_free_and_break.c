/*
 * Clean: a loop with a constant bound frees the block in one round and
 * leaves. The counter goes 0, 1, 2, ... one by one, so every way out of the
 * loop passes the round where i == Slot: no path leaves it without the free.
 * (With the counter widened to [0, +inf) after a few rounds, the exit at
 * i == 8 looked reachable without the free: a false PT005.)
 */
#include <ntddk.h>

#define RING_TAG 'gniR'

VOID
RingRelease(VOID)
{
    PVOID block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 256, RING_TAG);
    ULONG i;

    if (block == NULL) {
        return;
    }
    for (i = 0; i < 8; i++) {
        if (i == 5) {
            ExFreePoolWithTag(block, RING_TAG);
            break;
        }
    }
}
