/*
 * Clean: two unrelated components keep strings in UNICODE_STRING::Buffer with
 * their own tags. A WDK structure is not a driver-specific place, so the
 * cross-function tag check must not mix them up.
 */
#include <ntddk.h>

#define NAME_TAG 'emaN'

NTSTATUS
MakeName(_Out_ PUNICODE_STRING Name, _In_ USHORT Bytes)
{
    Name->Buffer = ExAllocatePoolZero(PagedPool, Bytes, NAME_TAG);
    if (Name->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Name->Length = 0;
    Name->MaximumLength = Bytes;
    return STATUS_SUCCESS;
}
