/* The same bit tested before allocating and before freeing: the second test
 * has the first one's answer (it used to split again, a false PT005 on the
 * path "bit set, then not set"). */
#include <ntddk.h>

#define OPT_SCRATCH 0x4

NTSTATUS RunWithOptions(ULONG Flags, PULONG Out)
{
    PULONG scratch = NULL;
    if (Flags & OPT_SCRATCH) {
        scratch = ExAllocatePoolWithTag(PagedPool, 64, 'ksaM');
        if (!scratch) return STATUS_INSUFFICIENT_RESOURCES;
        scratch[0] = 1;
    }
    *Out = 0;
    if (Flags & OPT_SCRATCH) ExFreePoolWithTag(scratch, 'ksaM');
    return STATUS_SUCCESS;
}
