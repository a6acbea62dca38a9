/*
 * Inline suppressions: `// pooltrack-ignore PT005: reason` on the finding's
 * line or the line before silences it (it stays in SARIF as a suppression).
 * Without a reason, or naming another rule, nothing is suppressed.
 */
#include <ntddk.h>

#define SUP_TAG 'puSM'

NTSTATUS HandToBusDriver(_In_ ULONG Cookie);

NTSTATUS
SuppressedWithReason(_In_ ULONG Cookie)
{
    // pooltrack-ignore PT005: the bus driver frees it through the cookie table
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 32, SUP_TAG);
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return HandToBusDriver(Cookie);
}

NTSTATUS
SuppressedSameLine(_In_ ULONG Cookie)
{
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 32, SUP_TAG);  // pooltrack-ignore PT005: same, documented in the spec
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return HandToBusDriver(Cookie);
}

NTSTATUS
NoReasonNoSuppression(_In_ ULONG Cookie)
{
    // pooltrack-ignore PT005
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 32, SUP_TAG);      // expect: PT005
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return HandToBusDriver(Cookie);
}

NTSTATUS
OtherRuleNoSuppression(_In_ ULONG Cookie)
{
    // pooltrack-ignore PT004: a different rule
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 32, SUP_TAG);      // expect: PT005
    if (p == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return HandToBusDriver(Cookie);
}
