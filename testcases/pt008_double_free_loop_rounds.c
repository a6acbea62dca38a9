/*
 * True double frees in loops, the twins of clean_loop_free_one_round.c: the
 * block is freed on every round, or on every round from the third on, or on
 * one round and then again after the loop. Freeing on one round only is not a
 * double free (FreeOnRoundThree): what it has is a leak when the loop ends
 * before round 3.
 */
#include <ntddk.h>

#define ROUND_TAG 'dnRL'

VOID
FreeEveryRound(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);   // expect: PT005
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        RtlZeroMemory(buffer, 64);
        ExFreePoolWithTag(buffer, ROUND_TAG);      // expect: PT008
    }
}

VOID
FreeFromRoundThreeOn(VOID)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < 8; i++) {
        if (i >= 3) {
            ExFreePoolWithTag(buffer, ROUND_TAG);  // expect: PT008
        }
    }
}

VOID
FreeOnRoundThreeAndAfterTheLoop(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        if (i == 3) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
        }
    }
    ExFreePoolWithTag(buffer, ROUND_TAG);          // expect: PT008
}

VOID
FreeOnRoundThree(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);   // expect: PT005
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        if (i == 3) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
        }
    }
}
