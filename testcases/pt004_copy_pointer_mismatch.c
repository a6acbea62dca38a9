/*
 * PT004 tag-mismatch through a copy of the pointer: the block is walked with
 * a cursor and freed through another local; the tag check follows the copy.
 */
#include <ntddk.h>

#define ENTRY_TAG  'tnEP'
#define ARRAY_TAG  'rrAP'

typedef struct _PROC_ENTRY {
    HANDLE Pid;
    ULONG SessionId;
} PROC_ENTRY, *PPROC_ENTRY;

ULONG
CountSessionsBad(_In_ ULONG Count)
{
    PPROC_ENTRY entries, cursor, toFree;
    ULONG i, sessions = 0;

    entries = ExAllocatePoolWithTag(PagedPool, Count * sizeof(PROC_ENTRY), ENTRY_TAG);
    if (entries == NULL) {
        return 0;
    }
    RtlZeroMemory(entries, Count * sizeof(PROC_ENTRY));
    for (cursor = entries, i = 0; i < Count; i++, cursor++) {
        if (cursor->SessionId != 0) {
            sessions++;
        }
    }
    toFree = entries;
    ExFreePoolWithTag(toFree, ARRAY_TAG);      // expect: PT004
    return sessions;
}

ULONG
CountSessionsGood(_In_ ULONG Count)
{
    PPROC_ENTRY entries, cursor, toFree;
    ULONG i, sessions = 0;

    entries = ExAllocatePoolWithTag(PagedPool, Count * sizeof(PROC_ENTRY), ENTRY_TAG);
    if (entries == NULL) {
        return 0;
    }
    RtlZeroMemory(entries, Count * sizeof(PROC_ENTRY));
    for (cursor = entries, i = 0; i < Count; i++, cursor++) {
        if (cursor->SessionId != 0) {
            sessions++;
        }
    }
    toFree = entries;
    ExFreePoolWithTag(toFree, ENTRY_TAG);
    return sessions;
}
