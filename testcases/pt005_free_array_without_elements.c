/* The twin of clean_free_array_elements.c: the array is freed, the blocks
 * stored in its elements are not. */
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
        stripe->Buffer = ExAllocatePoolWithTag(PagedPool, 64, 'pirT');   // expect: PT005
        if (!stripe->Buffer) continue;
        stripe->Length = 64;
        num++;
    }
    for (i = 0; i < num; i++)
        DbgPrint("stripe %lu: %lu bytes\n", i, stripes[i].Length);
    ExFreePoolWithTag(stripes, 'pirT');
    return STATUS_SUCCESS;
}
