/* The twin of clean_string_struct_copied_to_field.c: copied into a local
 * struct that dies with the function, the buffer is leaked. */
#include <ntddk.h>

NTSTATUS MeasureChildName(USHORT length, PULONG hash)
{
    UNICODE_STRING utf16, copy;
    utf16.Buffer = ExAllocatePoolWithTag(PagedPool, length, 'emaN');   // expect: PT005
    if (!utf16.Buffer) return STATUS_INSUFFICIENT_RESOURCES;
    utf16.Length = utf16.MaximumLength = length;
    RtlZeroMemory(utf16.Buffer, length);
    copy = utf16;
    return RtlHashUnicodeString(&copy, TRUE, HASH_STRING_ALGORITHM_DEFAULT, hash);
}
