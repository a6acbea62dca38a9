/*
 * Clean: the block is freed in the one round of the loop where the counter
 * meets the index. The counter only grows and the index never changes, so
 * `i == Which` cannot hold on a later round: no double free. (Ranges alone
 * lose this once the counter is widened to [0, +inf).)
 */
#include <ntddk.h>

#define SLOT_TAG 'tlSx'

VOID
ReleaseAt(_In_ PVOID Buffer, _In_ ULONG Count, _In_ ULONG Which)
{
    ULONG i;
    for (i = 0; i < Count; i++) {
        if (i == Which) {
            ExFreePoolWithTag(Buffer, SLOT_TAG);
        }
    }
}

VOID
ReleaseFromEnd(_In_ PVOID Buffer, _In_ ULONG Count, _In_ ULONG Which)
{
    ULONG i = Count;
    while (i > 0) {
        i = i - 1;
        if (Which == i) {
            ExFreePoolWithTag(Buffer, SLOT_TAG);
        }
    }
}
