/* Twin of clean_pt006_aliased_fields.c: unload frees the descriptors but
 * not the pages array both of their fields point to, so the array is
 * reported, once for the block. */
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
    d->Pages = ExAllocatePoolWithTag(NonPagedPoolNx, Count * sizeof(PHYSICAL_ADDRESS), 'sgaP');   // expect: PT006
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
