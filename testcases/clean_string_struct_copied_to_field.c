/* A UNICODE_STRING copied as a whole into a field of the caller's struct
 * hands its Buffer over, as `dc->name.Buffer = utf16.Buffer` would (it used
 * to be reported leaked). */
#include <ntddk.h>

typedef struct _DIR_CHILD {
    LIST_ENTRY Link;
    UNICODE_STRING Name;
} DIR_CHILD;

NTSTATUS SetChildName(DIR_CHILD *dc, USHORT length)
{
    UNICODE_STRING utf16;
    utf16.Buffer = ExAllocatePoolWithTag(PagedPool, length, 'emaN');
    if (!utf16.Buffer) return STATUS_INSUFFICIENT_RESOURCES;
    utf16.Length = utf16.MaximumLength = length;
    RtlZeroMemory(utf16.Buffer, length);
    dc->Name = utf16;
    return STATUS_SUCCESS;
}
