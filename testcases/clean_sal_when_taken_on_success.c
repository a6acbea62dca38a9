/*
 * Clean twin of pt005_sal_when_taken_on_success.c: the callers free the
 * item when the library routine fails, and leave it to the table when it
 * succeeds, as its SAL (`_When_(return >= 0, __drv_aliasesMem)`) says.
 * A routine whose SAL says nothing about the item still takes it (unknown
 * code may keep what it is given).
 */
#include <ntddk.h>

typedef struct _ITEM {
    LIST_ENTRY Link;
    ULONG Value;
} ITEM, *PITEM;

NTSTATUS
TableInsert(
    _In_ PVOID Table,
    _In_opt_ _When_(return >= 0, __drv_aliasesMem) PITEM Item
    );

NTSTATUS
TableInsertNotify(
    _In_ PVOID Table,
    _In_ VOID (*Notify)(PITEM, ULONG),
    _In_ _When_(NT_SUCCESS(return), __drv_aliasesMem) PITEM Item,
    _In_ ULONG Flags
    );

NTSTATUS
TableAdopt(_In_ PVOID Table, _In_ PITEM Item);

NTSTATUS
AddValue(_In_ PVOID Table, _In_ ULONG Value)
{
    PITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtiP');
    NTSTATUS status;

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    status = TableInsert(Table, item);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(item, 'mtiP');
        return status;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
AddNotified(_In_ PVOID Table, _In_ ULONG Value, _In_ VOID (*Notify)(PITEM, ULONG))
{
    PITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtiP');
    NTSTATUS status;

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    status = TableInsertNotify(Table, Notify, item, 0);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(item, 'mtiP');
    }
    return status;
}

NTSTATUS
AddAdopted(_In_ PVOID Table, _In_ ULONG Value)
{
    PITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtiP');

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    return TableAdopt(Table, item);
}
