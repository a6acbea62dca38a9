/*
 * PT004 tag-mismatch with ExAllocatePool2 / ExAllocatePoolZero /
 * ExAllocatePoolUninitialized: the Pool2 family frees with ExFreePoolWithTag
 * like the old one, and the tag must match.
 */
#include <ntddk.h>

#define SNAP_TAG   'panS'
#define SNAP_TAG2  'pnS2'

typedef struct _SNAPSHOT {
    ULONG Count;
    HANDLE Pids[64];
} SNAPSHOT, *PSNAPSHOT;

ULONG
SnapshotCountPool2Bad(VOID)
{
    PSNAPSHOT snap;
    ULONG count;

    snap = ExAllocatePool2(POOL_FLAG_PAGED, sizeof(SNAPSHOT), SNAP_TAG);
    if (snap == NULL) {
        return 0;
    }
    snap->Count = 1;
    snap->Pids[0] = PsGetCurrentProcessId();
    count = snap->Count;
    ExFreePoolWithTag(snap, SNAP_TAG2);    // expect: PT004
    return count;
}

ULONG
SnapshotCountZeroBad(VOID)
{
    PSNAPSHOT snap;
    ULONG count;

    snap = ExAllocatePoolZero(PagedPool, sizeof(SNAPSHOT), SNAP_TAG2);
    if (snap == NULL) {
        return 0;
    }
    snap->Pids[snap->Count++] = PsGetCurrentProcessId();
    count = snap->Count;
    ExFreePoolWithTag(snap, SNAP_TAG);     // expect: PT004
    return count;
}

ULONG
SnapshotCountUninitializedBad(VOID)
{
    PSNAPSHOT snap;
    ULONG count;

    snap = ExAllocatePoolUninitialized(PagedPool, sizeof(SNAPSHOT), SNAP_TAG);
    if (snap == NULL) {
        return 0;
    }
    snap->Count = 0;
    snap->Pids[snap->Count++] = PsGetCurrentProcessId();
    count = snap->Count;
    ExFreePoolWithTag(snap, 'pans');       // expect: PT004
    return count;
}

ULONG
SnapshotCountGood(VOID)
{
    PSNAPSHOT snap;
    ULONG count;

    snap = ExAllocatePool2(POOL_FLAG_PAGED, sizeof(SNAPSHOT), SNAP_TAG);
    if (snap == NULL) {
        return 0;
    }
    snap->Count = 1;
    snap->Pids[0] = PsGetCurrentProcessId();
    count = snap->Count;
    ExFreePoolWithTag(snap, SNAP_TAG);
    return count;
}
