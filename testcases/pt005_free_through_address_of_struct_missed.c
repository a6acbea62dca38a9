/* The twin of clean_free_through_address_of_struct.c: the long-name path
 * returns without FreeString(&name). */
#include <ntddk.h>

#define FreeString(U) ExFreePoolWithTag((U)->Buffer, 'rtsU'); (U)->Buffer = NULL

NTSTATUS CopyName(ULONG Length)
{
    UNICODE_STRING name;
    name.Buffer = ExAllocatePoolWithTag(PagedPool, Length, 'rtsU');   // expect: PT005
    if (name.Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (Length > 512) return STATUS_NAME_TOO_LONG;
    FreeString(&name);
    return STATUS_SUCCESS;
}
