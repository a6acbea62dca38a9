/*
 * Clean twin of pt005_callee_takes_only_on_success.c: the caller frees the
 * entry when AddEntry fails; a caller that does not look at the status
 * cannot be judged (AddEntry may have kept it) and is not reported.
 */
#include <ntddk.h>

typedef struct _ENTRY {
    LIST_ENTRY Link;
    ULONG Id;
} ENTRY, *PENTRY;

LIST_ENTRY g_Entries;
ULONG g_Count;

NTSTATUS
AddEntry(_In_ PENTRY Entry)
{
    if (g_Count >= 16) {
        return STATUS_QUOTA_EXCEEDED;
    }
    InsertTailList(&g_Entries, &Entry->Link);
    g_Count++;
    return STATUS_SUCCESS;
}

NTSTATUS
CreateEntry(_In_ ULONG Id)
{
    PENTRY e = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*e), 'yrtE');
    NTSTATUS status;

    if (e == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    e->Id = Id;
    status = AddEntry(e);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(e, 'yrtE');
        return status;
    }
    return STATUS_SUCCESS;
}

VOID
CreateEntryBlindly(_In_ ULONG Id)
{
    PENTRY e = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*e), 'yrtE');

    if (e == NULL) {
        return;
    }
    e->Id = Id;
    (VOID)AddEntry(e);
}
