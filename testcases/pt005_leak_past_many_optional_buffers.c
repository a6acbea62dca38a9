/* Eight buffers each allocated or not: 256 combinations reach the checks at
 * the end, more than the 128 states a block kept before (now 512). The leak
 * happens only in the combination the walk reaches last (no flag set, every
 * buffer allocated, each of them leaked); it was dropped at the budget and
 * the function reported as "path budget reached". Seen on btrfs read_data.
 * Twin: clean_many_optional_buffers.c. */
#include <ntddk.h>

#define OPT_TAG 'tpOB'

NTSTATUS ManyOptional(ULONG f0, ULONG f1, ULONG f2, ULONG f3, ULONG f4, ULONG f5, ULONG f6, ULONG f7)
{
    PVOID p0 = f0 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p1 = f1 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p2 = f2 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p3 = f3 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p4 = f4 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p5 = f5 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p6 = f6 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    PVOID p7 = f7 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);   // expect: PT005
    if (!f0 && !f1 && !f2 && !f3 && !f4 && !f5 && !f6 && !f7)
        goto out;   /* all eight leak */
    if (p0) ExFreePoolWithTag(p0, OPT_TAG);
    if (p1) ExFreePoolWithTag(p1, OPT_TAG);
    if (p2) ExFreePoolWithTag(p2, OPT_TAG);
    if (p3) ExFreePoolWithTag(p3, OPT_TAG);
    if (p4) ExFreePoolWithTag(p4, OPT_TAG);
    if (p5) ExFreePoolWithTag(p5, OPT_TAG);
    if (p6) ExFreePoolWithTag(p6, OPT_TAG);
    if (p7) ExFreePoolWithTag(p7, OPT_TAG);
out:
    return STATUS_SUCCESS;
}
