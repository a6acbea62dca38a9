/*
 * PT005: AddEntry keeps the entry (in its list) only when it succeeds; when
 * the list is full it fails and leaves the entry to its caller, who returns
 * the status without freeing it.
 * (Twin: clean_callee_takes_only_on_success.c.)
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
    PENTRY e = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*e), 'yrtE');   // expect: PT005
    NTSTATUS status;

    if (e == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    e->Id = Id;
    status = AddEntry(e);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;
}
