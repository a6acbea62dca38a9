/*
 * PT009 wrong-free: memory from ExAllocatePoolWithTag released with
 * NdisFreeMemory / NdisFreeMemoryWithTagPriority, and NDIS memory released
 * with ExFreePoolWithTag. Mixed allocators show up when a driver moves code
 * between an NDIS miniport and a helper library.
 */
#include <ndis.h>

#define HLP_TAG 'plHN'

typedef struct _HELPER {
    NDIS_HANDLE Handle;
} HELPER, *PHELPER;

VOID
HelperScratchNdisFreeBad(_In_ ULONG Length)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Length, HLP_TAG);

    if (p == NULL) {
        return;
    }
    NdisZeroMemory(p, Length);
    NdisFreeMemory(p, Length, 0);                          // expect: PT009
}

VOID
HelperScratchNdisPriorityFreeBad(_In_ PHELPER Helper, _In_ ULONG Length)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Length, HLP_TAG);

    if (p == NULL) {
        return;
    }
    NdisZeroMemory(p, Length);
    NdisFreeMemoryWithTagPriority(Helper->Handle, p, HLP_TAG);   // expect: PT009
}

VOID
HelperNdisMemoryExFreeBad(_In_ PHELPER Helper, _In_ ULONG Length)
{
    PVOID p = NdisAllocateMemoryWithTagPriority(Helper->Handle, Length, HLP_TAG,
                                                NormalPoolPriority);
    if (p == NULL) {
        return;
    }
    NdisZeroMemory(p, Length);
    ExFreePoolWithTag(p, HLP_TAG);                         // expect: PT009
}

VOID
HelperScratchGood(_In_ PHELPER Helper, _In_ ULONG Length)
{
    PVOID p = NdisAllocateMemoryWithTagPriority(Helper->Handle, Length, HLP_TAG,
                                                NormalPoolPriority);
    if (p == NULL) {
        return;
    }
    NdisZeroMemory(p, Length);
    NdisFreeMemoryWithTagPriority(Helper->Handle, p, HLP_TAG);
}
