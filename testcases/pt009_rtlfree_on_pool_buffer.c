/*
 * PT009 wrong-free: RtlFreeUnicodeString on a UNICODE_STRING whose Buffer
 * the driver allocated itself with ExAllocatePoolWithTag. RtlFreeUnicodeString
 * releases with the Rtl string allocator's tag, so under pool tagging this
 * is a bug check; the driver must free its own buffer with ExFreePoolWithTag.
 */
#include <ntddk.h>

#define USTR_TAG 'rtsU'

NTSTATUS
BuildKeyPathBad(_In_ PCUNICODE_STRING Base, _In_ PCUNICODE_STRING Leaf)
{
    UNICODE_STRING path;
    NTSTATUS status;

    path.Length = 0;
    path.MaximumLength = Base->Length + sizeof(WCHAR) + Leaf->Length;
    path.Buffer = ExAllocatePoolWithTag(PagedPool, path.MaximumLength, USTR_TAG);
    if (path.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyUnicodeString(&path, Base);
    status = RtlAppendUnicodeToString(&path, L"\\");
    if (NT_SUCCESS(status)) {
        status = RtlAppendUnicodeStringToString(&path, Leaf);
    }
    DbgPrint("key: %wZ\n", &path);
    RtlFreeUnicodeString(&path);                               // expect: PT009
    return status;
}

NTSTATUS
BuildKeyPathGood(_In_ PCUNICODE_STRING Base, _In_ PCUNICODE_STRING Leaf)
{
    UNICODE_STRING path;
    NTSTATUS status;

    path.Length = 0;
    path.MaximumLength = Base->Length + sizeof(WCHAR) + Leaf->Length;
    path.Buffer = ExAllocatePoolWithTag(PagedPool, path.MaximumLength, USTR_TAG);
    if (path.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyUnicodeString(&path, Base);
    status = RtlAppendUnicodeToString(&path, L"\\");
    if (NT_SUCCESS(status)) {
        status = RtlAppendUnicodeStringToString(&path, Leaf);
    }
    DbgPrint("key: %wZ\n", &path);
    ExFreePoolWithTag(path.Buffer, USTR_TAG);
    return status;
}
