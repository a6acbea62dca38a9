/*
 * Clean: WDK routines that keep what they are given: a registration (name
 * says Register), an object bag (KsAddItemToObjectBag), a string initialised
 * into the caller's UNICODE_STRING, and an MDL describing a buffer handed on.
 */
#include <ntddk.h>

#define KEEP_TAG 'peeK'

NTSTATUS VendorRegisterContext(_In_ PVOID Context);           /* not in this TU */
NTSTATUS KsAddItemToObjectBag(_In_ PVOID ObjectBag, _In_ PVOID Item, _In_opt_ PVOID Free);
VOID HandMdlToHardware(_In_ PMDL Mdl);

NTSTATUS
RegisterWithVendor(VOID)
{
    PVOID ctx = ExAllocatePoolZero(NonPagedPoolNx, 64, KEEP_TAG);
    if (ctx == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return VendorRegisterContext(ctx);
}

NTSTATUS
AddToBag(_In_ PVOID Bag)
{
    PVOID item = ExAllocatePoolZero(PagedPool, 32, KEEP_TAG);
    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return KsAddItemToObjectBag(Bag, item, NULL);
}

NTSTATUS
FriendlyName(_In_ SIZE_T Chars, _Out_ PUNICODE_STRING Name)
{
    PWCHAR text = ExAllocatePoolZero(PagedPool, (Chars + 1) * sizeof(WCHAR), KEEP_TAG);
    if (text == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitUnicodeString(Name, text);      /* the caller frees Name->Buffer */
    return STATUS_SUCCESS;
}

NTSTATUS
DescribeAndSend(_In_ ULONG Length)
{
    PVOID data = ExAllocatePoolZero(NonPagedPoolNx, Length, KEEP_TAG);
    PMDL mdl;

    if (data == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    mdl = IoAllocateMdl(data, Length, FALSE, FALSE, NULL);
    if (mdl == NULL) {
        ExFreePoolWithTag(data, KEEP_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    MmBuildMdlForNonPagedPool(mdl);
    data = NULL;                           /* the MDL describes it now */
    HandMdlToHardware(mdl);
    return STATUS_SUCCESS;
}
