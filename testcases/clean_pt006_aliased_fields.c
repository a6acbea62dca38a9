/* One block stored in two fields of the descriptor that holds it (the
 * current pages and the original pages alias one array until a receive
 * moves the current pointer): freeing it through one field at unload
 * releases it, whichever field the descriptor kept it in last. */
#include <ntddk.h>

typedef struct _RX_DESC {
    LIST_ENTRY Link;
    PHYSICAL_ADDRESS *Pages;
    PHYSICAL_ADDRESS *OriginalPages;
} RX_DESC, *PRX_DESC;

LIST_ENTRY g_RxList;
DRIVER_UNLOAD RxUnload;

static PRX_DESC CreateRxDescriptor(ULONG Count)
{
    PRX_DESC d = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*d), 'cseD');
    if (d == NULL) return NULL;
    d->Pages = ExAllocatePoolWithTag(NonPagedPoolNx, Count * sizeof(PHYSICAL_ADDRESS), 'sgaP');
    if (d->Pages == NULL) {
        ExFreePoolWithTag(d, 'cseD');
        return NULL;
    }
    d->OriginalPages = d->Pages;
    return d;
}

NTSTATUS FillRxList(ULONG Count)
{
    for (ULONG i = 0; i < Count; i++) {
        PRX_DESC d = CreateRxDescriptor(4);
        if (d == NULL) return STATUS_INSUFFICIENT_RESOURCES;
        InsertTailList(&g_RxList, &d->Link);
    }
    return STATUS_SUCCESS;
}

VOID RxUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    while (!IsListEmpty(&g_RxList)) {
        PRX_DESC d = CONTAINING_RECORD(RemoveHeadList(&g_RxList), RX_DESC, Link);
        ExFreePoolWithTag(d->Pages, 'sgaP');
        ExFreePoolWithTag(d, 'cseD');
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    InitializeListHead(&g_RxList);
    DriverObject->DriverUnload = RxUnload;
    return FillRxList(16);
}
