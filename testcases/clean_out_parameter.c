/*
 * Clean: the allocation is handed to the caller through an out-parameter
 * (`*Out = p`), on success only; failure paths free before returning.
 */
#include <ntddk.h>

#define OUT_TAG 'tuOP'

typedef struct _DESCRIPTOR {
    ULONG Type;
    ULONG Length;
    PVOID Extra;
} DESCRIPTOR, *PDESCRIPTOR;

NTSTATUS
DescriptorCreate(_In_ ULONG Type, _In_ ULONG ExtraLength, _Outptr_ PDESCRIPTOR *Out)
{
    PDESCRIPTOR d;

    *Out = NULL;
    d = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*d), OUT_TAG);
    if (d == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(d, sizeof(*d));
    d->Type = Type;
    if (ExtraLength != 0) {
        d->Extra = ExAllocatePoolWithTag(NonPagedPoolNx, ExtraLength, OUT_TAG);
        if (d->Extra == NULL) {
            ExFreePoolWithTag(d, OUT_TAG);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        d->Length = ExtraLength;
    }
    *Out = d;
    return STATUS_SUCCESS;
}

NTSTATUS
CopyNameOut(_In_ PCUNICODE_STRING Name, _Out_ PUNICODE_STRING Copy)
{
    PWCHAR buf = ExAllocatePoolWithTag(PagedPool, Name->Length, OUT_TAG);

    if (buf == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(buf, Name->Buffer, Name->Length);
    Copy->Buffer = buf;
    Copy->Length = Name->Length;
    Copy->MaximumLength = Name->Length;
    return STATUS_SUCCESS;
}

NTSTATUS
AllocateOutVoid(_In_ SIZE_T Size, _Out_ PVOID *Buffer)
{
    *Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Size, OUT_TAG);
    return *Buffer != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
