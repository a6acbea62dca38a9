/* A path that goes wrong only where an assertion fails, or after a bug check,
 * does not run: a failed NT_ASSERT/ASSERT raises an assertion failure
 * (DbgRaiseAssertionFailure, RtlAssert), KeBugCheckEx and routines declared
 * noreturn never come back. PREfast assumes NT_ASSERT's expression
 * (NT_ANALYSIS_ASSUME), the Clang Static Analyzer ends paths at noreturn
 * asserts; pooltrack ends them too. Checked (DBG=1) builds, where the
 * assertions are code. Twin: pt005_leak_past_assertion.c. */
#define DBG 1
#include <ntddk.h>

#define AS_TAG 'tssA'

__declspec(noreturn) void DriverPanic(ULONG Code);
_Noreturn void DriverPanic2(void);

NTSTATUS AssertedSize(ULONG Size)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);
    if (p == NULL) return STATUS_NO_MEMORY;
    NT_ASSERT(Size > 3);
    if (Size < 2) return STATUS_INVALID_PARAMETER;   /* asserted away */
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS AssertedPointer(PVOID Ctx)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);
    if (p == NULL) return STATUS_NO_MEMORY;
    ASSERT(Ctx != NULL);
    if (Ctx == NULL) return STATUS_INVALID_PARAMETER;   /* asserted away */
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}

/* disk.c's pattern: a branch the code says cannot run */
NTSTATUS ShouldNotHappen(ULONG Kind)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);
    if (p == NULL) return STATUS_NO_MEMORY;
    if (Kind > 4) {
        NT_ASSERT(FALSE);
        return STATUS_INTERNAL_ERROR;
    }
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS BugChecks(ULONG Kind)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);
    if (p == NULL) return STATUS_NO_MEMORY;
    if (Kind == 1) {
        KeBugCheckEx(0xDEAD, Kind, 0, 0, 0);
        return STATUS_UNSUCCESSFUL;   /* never reached */
    }
    if (Kind == 2) {
        DriverPanic(Kind);
        return STATUS_UNSUCCESSFUL;
    }
    if (Kind == 3) {
        DriverPanic2();
        return STATUS_UNSUCCESSFUL;
    }
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}
