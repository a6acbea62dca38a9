/*
 * A block freed on one round of a loop (`if (i == 3)`), with or without a
 * `break` after it, is freed once: the rounds after it have i > 3. The engine
 * used to widen the loop counter to "anything" at the loop head, so the round
 * after the free could take `i == 3` again (a false PT008), and a `freed` flag
 * set next to the free was forgotten the same way (PT008 at the free after
 * the loop).
 */
#include <ntddk.h>

#define ROUND_TAG 'dnRL'

VOID
FreeOnRoundThreeWithFlag(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    BOOLEAN freed = FALSE;
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        if (i == 3) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
            freed = TRUE;
        }
    }
    if (!freed) {
        ExFreePoolWithTag(buffer, ROUND_TAG);
    }
}

/* the round comes after the counter was widened (4 rounds), then break */
VOID
FreeOnRoundSixThenBreak(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    BOOLEAN freed = FALSE;
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        if (i == 6) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
            freed = TRUE;
            break;
        }
    }
    if (!freed) {
        ExFreePoolWithTag(buffer, ROUND_TAG);
    }
}

/* the same without break: later rounds have i > 6 */
VOID
FreeOnRoundSix(_In_ ULONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    BOOLEAN freed = FALSE;
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < Count; i++) {
        if (i == 6) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
            freed = TRUE;
        }
    }
    if (!freed) {
        ExFreePoolWithTag(buffer, ROUND_TAG);
    }
}

/* a constant bound: round 3 always comes */
VOID
FreeOnRoundThreeOfEight(VOID)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    ULONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = 0; i < 8; i++) {
        if (i == 3) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
        }
    }
}

/* counting down */
VOID
FreeOnRoundTwoCountingDown(_In_ LONG Count)
{
    PVOID buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, ROUND_TAG);
    BOOLEAN freed = FALSE;
    LONG i;

    if (buffer == NULL) {
        return;
    }
    for (i = Count; i >= 0; i--) {
        if (i == 2) {
            ExFreePoolWithTag(buffer, ROUND_TAG);
            freed = TRUE;
        }
    }
    if (!freed) {
        ExFreePoolWithTag(buffer, ROUND_TAG);
    }
}
