/* Blocks stored in the elements of an array block and freed by a loop over
 * the array: the engine cannot say which element `stripes[i]` is, so the
 * freeing loop must count for every block stored in the array (not: "stored
 * in a block that is freed"). */
#include <ntddk.h>

typedef struct _STRIPE {
    PVOID Buffer;
    ULONG Length;
} STRIPE;

NTSTATUS SendStripes(ULONG count)
{
    STRIPE *stripes = ExAllocatePoolWithTag(NonPagedPoolNx, count * sizeof(STRIPE), 'pirT');
    ULONG i, num = 0;
    if (!stripes) return STATUS_INSUFFICIENT_RESOURCES;
    RtlZeroMemory(stripes, count * sizeof(STRIPE));
    for (i = 0; i < count; i++) {
        STRIPE *stripe = &stripes[num];
        stripe->Buffer = ExAllocatePoolWithTag(PagedPool, 64, 'pirT');
        if (!stripe->Buffer) continue;
        stripe->Length = 64;
        num++;
    }
    for (i = 0; i < num; i++)
        if (stripes[i].Buffer) ExFreePoolWithTag(stripes[i].Buffer, 'pirT');
    ExFreePoolWithTag(stripes, 'pirT');
    return STATUS_SUCCESS;
}
