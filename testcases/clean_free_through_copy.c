/*
 * Clean: the block is freed through another variable holding the same
 * pointer (a cursor reset, a typed view, a saved copy); the original is
 * never freed again.
 */
#include <ntddk.h>

#define CPY_TAG 'ypCF'

typedef struct _HEADER {
    ULONG Magic;
    ULONG Count;
} HEADER, *PHEADER;

ULONG
SumCounts(_In_ ULONG Items)
{
    PUCHAR raw;
    PHEADER hdr;
    PULONG values;
    ULONG i, sum = 0;

    raw = ExAllocatePoolWithTag(PagedPool, sizeof(HEADER) + Items * sizeof(ULONG), CPY_TAG);
    if (raw == NULL) {
        return 0;
    }
    RtlZeroMemory(raw, sizeof(HEADER) + Items * sizeof(ULONG));
    hdr = (PHEADER)raw;
    hdr->Count = Items;
    values = (PULONG)(hdr + 1);
    for (i = 0; i < hdr->Count; i++) {
        sum += values[i];
    }
    ExFreePoolWithTag(hdr, CPY_TAG);
    return sum;
}

VOID
SwapAndRelease(_In_ SIZE_T Size)
{
    PVOID a, b, tmp;

    a = ExAllocatePoolWithTag(NonPagedPoolNx, Size, CPY_TAG);
    if (a == NULL) {
        return;
    }
    b = ExAllocatePoolWithTag(NonPagedPoolNx, Size, CPY_TAG);
    if (b == NULL) {
        ExFreePoolWithTag(a, CPY_TAG);
        return;
    }
    tmp = a;
    a = b;
    b = tmp;
    ExFreePoolWithTag(a, CPY_TAG);
    ExFreePoolWithTag(b, CPY_TAG);
}
