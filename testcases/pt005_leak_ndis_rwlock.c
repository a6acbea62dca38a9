/*
 * PT005 of an NDIS 6.20 read/write lock from NdisAllocateRWLock, lost when
 * the filter's second allocation fails; NdisFreeMemory on it is PT009. The
 * clean twin is clean_ndis_rwlock.c.
 */
#define NDIS630 1
#include <ndis.h>

#define FLT_TAG 'tlFR'

typedef struct _FILTER {
    NDIS_HANDLE FilterHandle;
    PNDIS_RW_LOCK_EX Lock;
    PVOID Table;
} FILTER, *PFILTER;

NDIS_STATUS
FilterInitLocksBad(_In_ PFILTER Filter, _In_ ULONG Entries)
{
    PNDIS_RW_LOCK_EX lock = NdisAllocateRWLock(Filter->FilterHandle);   // expect: PT005
    if (lock == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    Filter->Table = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, Entries * sizeof(ULONG),
                                                      FLT_TAG, NormalPoolPriority);
    if (Filter->Table == NULL) {
        return NDIS_STATUS_RESOURCES;                        /* lock leaks */
    }
    Filter->Lock = lock;
    return NDIS_STATUS_SUCCESS;
}

VOID
FilterDropLockBad(_In_ PFILTER Filter)
{
    PNDIS_RW_LOCK_EX lock = NdisAllocateRWLock(Filter->FilterHandle);
    if (lock == NULL) {
        return;
    }
    NdisFreeMemory(lock, 0, 0);                              // expect: PT009
}
