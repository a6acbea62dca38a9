/* Twin of clean_leak_only_where_assertion_fails.c: an assertion ends only
 * the paths where it fails. A leak the asserted fact does not exclude is
 * still reported, with the assertion as a step of its path; a soft assertion
 * (RTL_SOFT_ASSERT prints and goes on) and a debugger break end nothing.
 * tests/output/path_steps_test.sh reads the wording of the step. */
#define DBG 1
#include <ntddk.h>

#define AS_TAG 'tssA'

NTSTATUS AssertedOther(ULONG Size)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);   // expect: PT005
    if (p == NULL) return STATUS_NO_MEMORY;
    NT_ASSERT(Size > 3);
    if (Size > 100) return STATUS_INVALID_PARAMETER;   /* p leaks */
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS SoftAssert(PVOID Ctx)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);   // expect: PT005
    if (p == NULL) return STATUS_NO_MEMORY;
    RTL_SOFT_ASSERT(Ctx != NULL);
    if (Ctx == NULL) return STATUS_INVALID_PARAMETER;   /* p leaks: nothing ended the path */
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS BreakAndGoOn(ULONG Kind)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, AS_TAG);   // expect: PT005
    if (p == NULL) return STATUS_NO_MEMORY;
    if (Kind > 4) {
        DbgBreakPoint();   /* a debugger may continue: the path goes on */
        return STATUS_INTERNAL_ERROR;   /* p leaks */
    }
    ExFreePoolWithTag(p, AS_TAG);
    return STATUS_SUCCESS;
}
