/*
 * PT005 leak despite the pointer being passed to WDK routines: RtlCopyMemory,
 * RtlZeroMemory, KeInitializeSpinLock, KeInitializeEvent, RtlInitUnicodeString
 * and DbgPrint borrow the pointer, they do not take ownership. A checker that
 * treats every call as an escape misses all of these.
 */
#include <ntddk.h>

#define SYNC_TAG 'cnyS'

typedef struct _SYNC_BLOCK {
    KSPIN_LOCK Lock;
    KEVENT Done;
    ULONG Pending;
} SYNC_BLOCK, *PSYNC_BLOCK;

VOID
SyncBlockProbeBad(VOID)
{
    PSYNC_BLOCK sb = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sb), SYNC_TAG);  // expect: PT005

    if (sb == NULL) {
        return;
    }
    RtlZeroMemory(sb, sizeof(*sb));
    KeInitializeSpinLock(&sb->Lock);
    KeInitializeEvent(&sb->Done, NotificationEvent, FALSE);
    DbgPrint("sync block at %p\n", sb);
}

NTSTATUS
NameEchoBad(_In_ PCWSTR Source, _In_ SIZE_T Chars)
{
    UNICODE_STRING us;
    PWCHAR copy = ExAllocatePoolWithTag(PagedPool, (Chars + 1) * sizeof(WCHAR), SYNC_TAG); // expect: PT005

    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, Source, Chars * sizeof(WCHAR));
    copy[Chars] = L'\0';
    RtlInitUnicodeString(&us, copy);
    DbgPrint("%wZ\n", &us);
    return STATUS_SUCCESS;
}

VOID
SyncBlockProbeGood(VOID)
{
    PSYNC_BLOCK sb = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sb), SYNC_TAG);

    if (sb == NULL) {
        return;
    }
    RtlZeroMemory(sb, sizeof(*sb));
    KeInitializeSpinLock(&sb->Lock);
    KeInitializeEvent(&sb->Done, NotificationEvent, FALSE);
    DbgPrint("sync block at %p\n", sb);
    ExFreePoolWithTag(sb, SYNC_TAG);
}
