/*
 * PT005 leak of a buffer held only in a local UNICODE_STRING: storing it in
 * a field of a local struct does not hand it over, the function still owns
 * it. The Good twin frees name.Buffer on every path.
 */
#include <ntddk.h>

#define NAME_TAG 'emaN'

NTSTATUS
LogImageNameBad(_In_ PCUNICODE_STRING Directory, _In_ PCUNICODE_STRING File)
{
    UNICODE_STRING name;
    NTSTATUS status;

    name.Length = 0;
    name.MaximumLength = Directory->Length + File->Length + sizeof(WCHAR);
    name.Buffer = ExAllocatePoolWithTag(PagedPool, name.MaximumLength, NAME_TAG);  // expect: PT005
    if (name.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = RtlAppendUnicodeStringToString(&name, Directory);
    if (NT_SUCCESS(status)) {
        status = RtlAppendUnicodeStringToString(&name, File);
    }
    if (NT_SUCCESS(status)) {
        DbgPrint("image: %wZ\n", &name);
    }
    return status;
}

NTSTATUS
LogImageNameGood(_In_ PCUNICODE_STRING Directory, _In_ PCUNICODE_STRING File)
{
    UNICODE_STRING name;
    NTSTATUS status;

    name.Length = 0;
    name.MaximumLength = Directory->Length + File->Length + sizeof(WCHAR);
    name.Buffer = ExAllocatePoolWithTag(PagedPool, name.MaximumLength, NAME_TAG);
    if (name.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = RtlAppendUnicodeStringToString(&name, Directory);
    if (NT_SUCCESS(status)) {
        status = RtlAppendUnicodeStringToString(&name, File);
    }
    if (NT_SUCCESS(status)) {
        DbgPrint("image: %wZ\n", &name);
    }
    ExFreePoolWithTag(name.Buffer, NAME_TAG);
    return status;
}
