/* A string-freeing macro used as FreeString(&Name) frees (&Name)->Buffer,
 * which is Name.Buffer (it used to be another place, and the block looked
 * leaked). */
#include <ntddk.h>

#define FreeString(U) ExFreePoolWithTag((U)->Buffer, 'rtsU'); (U)->Buffer = NULL

NTSTATUS CopyName(ULONG Length)
{
    UNICODE_STRING name;
    name.Buffer = ExAllocatePoolWithTag(PagedPool, Length, 'rtsU');
    if (name.Buffer == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (Length > 512) {
        FreeString(&name);
        return STATUS_NAME_TOO_LONG;
    }
    FreeString(&name);
    return STATUS_SUCCESS;
}
