/* Twin of pt005_leak_past_many_optional_buffers.c: the early way out frees
 * what it allocated; the 256 combinations are all walked and none leaks. */
#include <ntddk.h>

#define OPT_TAG 'tpOB'

NTSTATUS ManyOptional(ULONG f0, ULONG f1, ULONG f2, ULONG f3, ULONG f4, ULONG f5, ULONG f6, ULONG f7)
{
    PVOID p0 = f0 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p1 = f1 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p2 = f2 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p3 = f3 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p4 = f4 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p5 = f5 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p6 = f6 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    PVOID p7 = f7 ? NULL : ExAllocatePoolWithTag(NonPagedPoolNx, 16, OPT_TAG);
    if (!f0 && !f1 && !f2 && !f3 && !f4 && !f5 && !f6 && !f7) {
        ExFreePoolWithTag(p0, OPT_TAG);
        ExFreePoolWithTag(p1, OPT_TAG);
        ExFreePoolWithTag(p2, OPT_TAG);
        ExFreePoolWithTag(p3, OPT_TAG);
        ExFreePoolWithTag(p4, OPT_TAG);
        ExFreePoolWithTag(p5, OPT_TAG);
        ExFreePoolWithTag(p6, OPT_TAG);
        ExFreePoolWithTag(p7, OPT_TAG);
        goto out;
    }
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
