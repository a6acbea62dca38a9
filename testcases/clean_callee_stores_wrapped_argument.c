/* A callee that stores its argument through a struct returned by value
 * (`Entry->Name = WrapString(Buffer, Length)`) keeps the argument: the
 * wrapper hands the pointer back inside the struct, so neither the wrapper
 * nor the callee only reads it, and the caller's buffer is not leaked. */
#include <ntddk.h>

typedef struct _ENTRY {
    UNICODE_STRING Name;
    LIST_ENTRY Link;
} ENTRY, *PENTRY;

extern LIST_ENTRY g_Entries;

static UNICODE_STRING WrapString(PWCH Buffer, USHORT Length)
{
    UNICODE_STRING s;
    s.Buffer = Buffer;
    s.Length = Length;
    s.MaximumLength = Length;
    return s;
}

VOID RenameEntry(PENTRY Entry, PWCH NewName, USHORT Length)
{
    RemoveEntryList(&Entry->Link);
    Entry->Name = WrapString(NewName, Length);
    InsertTailList(&g_Entries, &Entry->Link);
}

NTSTATUS SetEntryName(PENTRY Entry, const WCHAR *Name, USHORT Length)
{
    PWCH copy = ExAllocatePoolWithTag(PagedPool, Length + sizeof(WCHAR), 'emaN');
    if (copy == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(copy, Name, Length);
    RenameEntry(Entry, copy, Length);
    return STATUS_SUCCESS;
}
