/* The buffer would be stored into the string, but a return before the
 * store loses it (the string itself goes back to the caller). */
#include <ntddk.h>
#include <ntstrsafe.h>

PUNICODE_STRING MakeString(_In_ PCWSTR Text, BOOLEAN Empty)
{
    PUNICODE_STRING s = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *s, 'rtSU');
    if (!s)
        return NULL;
    SIZE_T length = (wcslen(Text) + 1) * sizeof(WCHAR);
    PWSTR buffer = ExAllocatePoolWithTag(NonPagedPoolNx, length, 'rtSU');   // expect: PT005
    if (!buffer) {
        ExFreePoolWithTag(s, 'rtSU');
        return NULL;
    }
    if (Empty) {
        RtlZeroMemory(s, sizeof *s);
        return s;
    }
    RtlCopyMemory(buffer, Text, length);
    RtlUnicodeStringInit(s, buffer);
    return s;
}
