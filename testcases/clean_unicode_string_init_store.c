/* RtlUnicodeStringInitEx(s, buffer, 0) stores the buffer into s->Buffer
 * (dokany's DokanAllocateUnicodeString): the string owns it. */
#include <ntddk.h>
#include <ntstrsafe.h>

PUNICODE_STRING MakeString(_In_ PCWSTR Text)
{
    PUNICODE_STRING s = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *s, 'rtSU');
    if (!s)
        return NULL;
    SIZE_T length = (wcslen(Text) + 1) * sizeof(WCHAR);
    PWSTR buffer = ExAllocatePoolWithTag(NonPagedPoolNx, length, 'rtSU');
    if (!buffer) {
        ExFreePoolWithTag(s, 'rtSU');
        return NULL;
    }
    RtlCopyMemory(buffer, Text, length);
    if (!NT_SUCCESS(RtlUnicodeStringInitEx(s, buffer, 0))) {
        ExFreePoolWithTag(buffer, 'rtSU');
        ExFreePoolWithTag(s, 'rtSU');
        return NULL;
    }
    return s;
}
