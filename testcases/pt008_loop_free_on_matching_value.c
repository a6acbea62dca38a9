/*
 * PT008: the twin of clean_loop_free_at_index.c. Here the test compares a
 * table entry, not the counter: two entries may hold the same value, so a
 * later round can free the block again. And a counter that is reset inside
 * the loop may meet the index twice.
 */
#include <ntddk.h>

#define SLOT_TAG 'tlSx'

VOID
ReleaseMatching(_In_ PVOID Buffer, _In_ const ULONG *Ids, _In_ ULONG Count, _In_ ULONG Which)
{
    ULONG i;
    for (i = 0; i < Count; i++) {
        if (Ids[i] == Which) {
            ExFreePoolWithTag(Buffer, SLOT_TAG);   // expect: PT008
        }
    }
}

VOID
ReleaseWrapping(_In_ PVOID Buffer, _In_ ULONG Rounds, _In_ ULONG Which)
{
    ULONG i = 0, n;
    for (n = 0; n < Rounds; n++) {
        if (i == Which) {
            ExFreePoolWithTag(Buffer, SLOT_TAG);   // expect: PT008
        }
        i++;
        if (i == 4) {
            i = 0;
        }
    }
}
