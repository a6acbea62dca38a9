/*
 * PT002 missing-tag: tag 0, written directly or through a macro a driver
 * keeps for "no tag". Good variant next to each bad one.
 */
#include <wdm.h>

#define NO_TAG     0
#define NODE_TAG   'edoN'

typedef struct _NODE {
    LIST_ENTRY Link;
    ULONG Key;
    ULONG Value;
} NODE, *PNODE;

typedef struct _TABLE {
    LIST_ENTRY Head;
    KSPIN_LOCK Lock;
} TABLE, *PTABLE;

NTSTATUS
TableInsertZeroBad(_In_ PTABLE Table, _In_ ULONG Key, _In_ ULONG Value)
{
    KIRQL irql;
    PNODE node = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(NODE), 0);   // expect: PT002

    if (node == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    node->Key = Key;
    node->Value = Value;
    KeAcquireSpinLock(&Table->Lock, &irql);
    InsertTailList(&Table->Head, &node->Link);
    KeReleaseSpinLock(&Table->Lock, irql);
    return STATUS_SUCCESS;
}

NTSTATUS
TableInsertMacroBad(_In_ PTABLE Table, _In_ ULONG Key, _In_ ULONG Value)
{
    KIRQL irql;
    PNODE node = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(NODE), NO_TAG);   // expect: PT002

    if (node == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    node->Key = Key;
    node->Value = Value;
    KeAcquireSpinLock(&Table->Lock, &irql);
    InsertTailList(&Table->Head, &node->Link);
    KeReleaseSpinLock(&Table->Lock, irql);
    return STATUS_SUCCESS;
}

NTSTATUS
TableInsertGood(_In_ PTABLE Table, _In_ ULONG Key, _In_ ULONG Value)
{
    KIRQL irql;
    PNODE node = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(NODE), NODE_TAG);

    if (node == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    node->Key = Key;
    node->Value = Value;
    KeAcquireSpinLock(&Table->Lock, &irql);
    InsertTailList(&Table->Head, &node->Link);
    KeReleaseSpinLock(&Table->Lock, irql);
    return STATUS_SUCCESS;
}
