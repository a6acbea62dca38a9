/*
 * PT008 double-free through switch fall-through: the RESET case frees the
 * cached table and falls into FLUSH, which frees it again. The Good twin
 * clears the field, so the guarded free in FLUSH is skipped.
 */
#include <ntddk.h>

#define CACHE_TAG 'hcaC'

typedef enum _CACHE_OP { CacheOpReset, CacheOpFlush, CacheOpQuery } CACHE_OP;

typedef struct _CACHE {
    PVOID Table;
    ULONG Entries;
} CACHE, *PCACHE;

VOID
CacheControlBad(_In_ CACHE_OP Op, _In_ ULONG Entries)
{
    PVOID table = ExAllocatePoolWithTag(NonPagedPoolNx, Entries * 16, CACHE_TAG);

    if (table == NULL) {
        return;
    }
    RtlZeroMemory(table, Entries * 16);
    switch (Op) {
    case CacheOpReset:
        ExFreePoolWithTag(table, CACHE_TAG);
        /* fall through */
    case CacheOpFlush:
        ExFreePoolWithTag(table, CACHE_TAG);        // expect: PT008
        break;
    case CacheOpQuery:
    default:
        DbgPrint("cache %p\n", table);
        ExFreePoolWithTag(table, CACHE_TAG);
        break;
    }
}

VOID
CacheControlGood(_In_ CACHE_OP Op, _In_ ULONG Entries)
{
    PVOID table = ExAllocatePoolWithTag(NonPagedPoolNx, Entries * 16, CACHE_TAG);

    if (table == NULL) {
        return;
    }
    RtlZeroMemory(table, Entries * 16);
    switch (Op) {
    case CacheOpReset:
        ExFreePoolWithTag(table, CACHE_TAG);
        table = NULL;
        /* fall through */
    case CacheOpFlush:
        if (table != NULL) {
            ExFreePoolWithTag(table, CACHE_TAG);
        }
        break;
    case CacheOpQuery:
    default:
        DbgPrint("cache %p\n", table);
        ExFreePoolWithTag(table, CACHE_TAG);
        break;
    }
}
