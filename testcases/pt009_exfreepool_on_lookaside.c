/*
 * PT009 wrong-free: an entry from a lookaside list released with ExFreePool
 * (or to the paged list instead of the nonpaged one). The list's depth
 * accounting breaks and the entry may not even be a pool block of its own.
 */
#include <ntddk.h>

#define ENTRY_TAG 'ytnE'

typedef struct _EVENT_RECORD {
    LIST_ENTRY Link;
    LARGE_INTEGER Time;
    ULONG Code;
} EVENT_RECORD, *PEVENT_RECORD;

typedef struct _EVENT_LOG {
    NPAGED_LOOKASIDE_LIST RecordLookaside;
    PAGED_LOOKASIDE_LIST PagedRecordLookaside;
} EVENT_LOG, *PEVENT_LOG;

VOID
EventLogPingBad(_In_ PEVENT_LOG Log, _In_ ULONG Code)
{
    PEVENT_RECORD rec = ExAllocateFromNPagedLookasideList(&Log->RecordLookaside);

    if (rec == NULL) {
        return;
    }
    KeQuerySystemTime(&rec->Time);
    rec->Code = Code;
    DbgPrint("event %u\n", rec->Code);
    ExFreePool(rec);                                   // expect: PT009
}

VOID
EventLogPingWrongListBad(_In_ PEVENT_LOG Log, _In_ ULONG Code)
{
    PEVENT_RECORD rec = ExAllocateFromPagedLookasideList(&Log->PagedRecordLookaside);

    if (rec == NULL) {
        return;
    }
    rec->Code = Code;
    ExFreeToNPagedLookasideList(&Log->RecordLookaside, rec);   // expect: PT009
}

VOID
EventLogPingGood(_In_ PEVENT_LOG Log, _In_ ULONG Code)
{
    PEVENT_RECORD rec = ExAllocateFromNPagedLookasideList(&Log->RecordLookaside);

    if (rec == NULL) {
        return;
    }
    KeQuerySystemTime(&rec->Time);
    rec->Code = Code;
    DbgPrint("event %u\n", rec->Code);
    ExFreeToNPagedLookasideList(&Log->RecordLookaside, rec);
}
