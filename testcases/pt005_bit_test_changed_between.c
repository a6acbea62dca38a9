/* The twin of clean_same_bit_test_twice.c: the flags change between the two
 * tests, so the second one may be false with the block allocated. */
#include <ntddk.h>

#define OPT_SCRATCH 0x4

NTSTATUS RunWithOptions(ULONG Flags, PULONG Out)
{
    PULONG scratch = NULL;
    if (Flags & OPT_SCRATCH) {
        scratch = ExAllocatePoolWithTag(PagedPool, 64, 'ksaM');   // expect: PT005
        if (!scratch) return STATUS_INSUFFICIENT_RESOURCES;
        scratch[0] = 1;
    }
    *Out = 0;
    Flags = *Out;
    if (Flags & OPT_SCRATCH) ExFreePoolWithTag(scratch, 'ksaM');
    return STATUS_SUCCESS;
}
