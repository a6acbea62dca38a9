/*
 * PT001 string-tag with the newer allocators: ExAllocatePool2,
 * ExAllocatePoolWithTagPriority and ExAllocatePoolZero take the tag as a
 * ULONG like the old ones; a string literal is still a pointer.
 */
#include <ntddk.h>

#define STAT_TAG 'tatS'

typedef struct _STATS {
    volatile LONG Reads;
    volatile LONG Writes;
    LARGE_INTEGER Started;
} STATS, *PSTATS;

PSTATS g_Stats;

NTSTATUS
StatsInitPool2Bad(VOID)
{
    g_Stats = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(STATS), "Stat"); // expect: PT001
    if (g_Stats == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeQuerySystemTime(&g_Stats->Started);
    return STATUS_SUCCESS;
}

NTSTATUS
StatsInitPriorityBad(VOID)
{
    g_Stats = ExAllocatePoolWithTagPriority(NonPagedPoolNx, sizeof(STATS), "Stat", // expect: PT001
                                            LowPoolPriority);
    if (g_Stats == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(g_Stats, sizeof(STATS));
    return STATUS_SUCCESS;
}

NTSTATUS
StatsInitZeroBad(VOID)
{
    g_Stats = ExAllocatePoolZero(NonPagedPoolNx, sizeof(STATS), "Stat"); // expect: PT001
    return g_Stats != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS
StatsInitGood(VOID)
{
    g_Stats = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(STATS), STAT_TAG);
    if (g_Stats == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeQuerySystemTime(&g_Stats->Started);
    return STATUS_SUCCESS;
}

VOID
StatsUnload(VOID)
{
    if (g_Stats != NULL) {
        ExFreePoolWithTag(g_Stats, STAT_TAG);
        g_Stats = NULL;
    }
}
