#include <ntddk.h>

NTSTATUS LookupEntry(_In_ ULONG Key, _Out_ PVOID *Out);

NTSTATUS
Peek(_In_ ULONG Key)
{
    PVOID e;
    NTSTATUS st = LookupEntry(Key, &e);
    if (!NT_SUCCESS(st)) {
        return st;
    }
    RtlZeroMemory(e, 4);        /* may be the cache: not freed, not a leak */
    return STATUS_SUCCESS;
}
