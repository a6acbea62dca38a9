/* A leak past a CHECK macro whose body holds the `if` (`if (!(x)) goto
 * fail`): the path step names the macro call and says the test in it
 * (Size > 3, the '!' of the body is read as such) is false, not that
 * 'CHECK(Size > 3)' is (tests/output/path_steps_test.sh reads
 * the wording). A condition that is a macro call (`IS_BAD(Status)`) is named
 * as written. */
#include <ntddk.h>

#define CHECK(x) if (!(x)) goto fail
#define IS_BAD(s) ((s) < 0)
#define CHK_TAG 'kchC'

NTSTATUS Prepare(ULONG Size, NTSTATUS Status, PVOID *Out)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, CHK_TAG);   // expect: PT005
    if (p == NULL) return STATUS_NO_MEMORY;
    CHECK(Size > 3);
    if (IS_BAD(Status)) {
        ExFreePoolWithTag(p, CHK_TAG);
        return Status;
    }
    *Out = p;
    return STATUS_SUCCESS;
fail:
    return STATUS_INVALID_PARAMETER;   /* p leaks */
}

NTSTATUS Check(NTSTATUS Status)
{
    PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, CHK_TAG);   // expect: PT005
    if (p == NULL) return STATUS_NO_MEMORY;
    if (IS_BAD(Status)) return Status;   /* p leaks */
    ExFreePoolWithTag(p, CHK_TAG);
    return STATUS_SUCCESS;
}
