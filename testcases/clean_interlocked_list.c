/*
 * Clean: hand-over to lists through the interlocked and singly-linked list
 * APIs — ExInterlockedInsertTailList, ExInterlockedInsertHeadList,
 * ExInterlockedPushEntryList, PushEntryList — with consumers that pop and
 * free.
 */
#include <ntddk.h>

#define IL_TAG 'tsLI'

typedef struct _MSG_ENTRY {
    LIST_ENTRY Link;
    SINGLE_LIST_ENTRY SLink;
    ULONG Id;
} MSG_ENTRY, *PMSG_ENTRY;

typedef struct _IL_EXT {
    LIST_ENTRY Inbox;
    KSPIN_LOCK InboxLock;
    SINGLE_LIST_ENTRY FreeStack;
    SINGLE_LIST_ENTRY Urgent;
    KSPIN_LOCK UrgentLock;
} IL_EXT, *PIL_EXT;

static PMSG_ENTRY
NewMsg(_In_ ULONG Id)
{
    PMSG_ENTRY m = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*m), IL_TAG);
    if (m != NULL) {
        RtlZeroMemory(m, sizeof(*m));
        m->Id = Id;
    }
    return m;
}

NTSTATUS
PostMessage(_In_ PIL_EXT Ext, _In_ ULONG Id, _In_ BOOLEAN Front)
{
    PMSG_ENTRY m = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*m), IL_TAG);

    if (m == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    m->Id = Id;
    if (Front) {
        ExInterlockedInsertHeadList(&Ext->Inbox, &m->Link, &Ext->InboxLock);
    } else {
        ExInterlockedInsertTailList(&Ext->Inbox, &m->Link, &Ext->InboxLock);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
StockFreeStack(_In_ PIL_EXT Ext, _In_ ULONG Count)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        PMSG_ENTRY m = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*m), IL_TAG);
        if (m == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;    /* earlier ones are on the stack */
        }
        PushEntryList(&Ext->FreeStack, &m->SLink);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
PostUrgent(_In_ PIL_EXT Ext, _In_ ULONG Id)
{
    PMSG_ENTRY m = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*m), IL_TAG);

    if (m == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    m->Id = Id;
    ExInterlockedPushEntryList(&Ext->Urgent, &m->SLink, &Ext->UrgentLock);
    return STATUS_SUCCESS;
}

VOID
DrainAll(_In_ PIL_EXT Ext)
{
    PLIST_ENTRY le;
    PSINGLE_LIST_ENTRY se;

    while ((le = ExInterlockedRemoveHeadList(&Ext->Inbox, &Ext->InboxLock)) != NULL) {
        ExFreePoolWithTag(CONTAINING_RECORD(le, MSG_ENTRY, Link), IL_TAG);
    }
    while ((se = PopEntryList(&Ext->FreeStack)) != NULL) {
        ExFreePoolWithTag(CONTAINING_RECORD(se, MSG_ENTRY, SLink), IL_TAG);
    }
    while ((se = ExInterlockedPopEntryList(&Ext->Urgent, &Ext->UrgentLock)) != NULL) {
        ExFreePoolWithTag(CONTAINING_RECORD(se, MSG_ENTRY, SLink), IL_TAG);
    }
}
