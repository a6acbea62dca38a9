/*
 * Clean twin of pt005_leak_ndis_rwlock.c: the lock is freed with
 * NdisFreeRWLock when the second allocation fails, and kept in the filter
 * context otherwise.
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
FilterInitLocksGood(_In_ PFILTER Filter, _In_ ULONG Entries)
{
    PNDIS_RW_LOCK_EX lock = NdisAllocateRWLock(Filter->FilterHandle);
    if (lock == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    Filter->Table = NdisAllocateMemoryWithTagPriority(Filter->FilterHandle, Entries * sizeof(ULONG),
                                                      FLT_TAG, NormalPoolPriority);
    if (Filter->Table == NULL) {
        NdisFreeRWLock(lock);
        return NDIS_STATUS_RESOURCES;
    }
    Filter->Lock = lock;
    return NDIS_STATUS_SUCCESS;
}
