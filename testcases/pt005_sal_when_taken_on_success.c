/*
 * PT005: a library routine without a body in the run says with SAL that it
 * keeps its item only when it succeeds (`_When_(return >= 0,
 * __drv_aliasesMem)`). The caller returns on its failure without freeing
 * the item. The annotation may also read NT_SUCCESS(return) or return == 0,
 * and stand after a function-pointer parameter.
 * (Twin: clean_sal_when_taken_on_success.c.)
 */
#include <ntddk.h>

typedef struct _ITEM {
    LIST_ENTRY Link;
    ULONG Value;
} ITEM, *PITEM;

typedef VOID ITEM_CALLBACK(_In_ PITEM Item, _In_ ULONG Reason);

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
AddValue(_In_ PVOID Table, _In_ ULONG Value)
{
    PITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtiP');   // expect: PT005
    NTSTATUS status;

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    status = TableInsert(Table, item);
    if (!NT_SUCCESS(status)) {
        return status;                       /* item is still ours: leaked */
    }
    return STATUS_SUCCESS;
}

NTSTATUS
AddNotified(_In_ PVOID Table, _In_ ULONG Value, _In_ VOID (*Notify)(PITEM, ULONG))
{
    PITEM item = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ITEM), 'mtiP');   // expect: PT005
    NTSTATUS status;

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    item->Value = Value;
    status = TableInsertNotify(Table, Notify, item, 0);
    if (status == STATUS_OBJECT_NAME_COLLISION) {
        return status;                       /* leaked */
    }
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(item, 'mtiP');
    }
    return status;
}
