/*
 * Clean: the name is either the caller's (Info->Name) or a fresh copy; the
 * exit frees it when it is not the caller's. A fresh block that was stored
 * nowhere cannot be equal to a pointer read from the caller's structure, so
 * the path where the copy "equals" Info->Name and is not freed does not
 * exist. (Twin: pt005_fresh_name_compared_then_kept.c.)
 */
#include <ntddk.h>

#define NM_TAG 'emaN'

typedef struct _KEY_INFO {
    PUNICODE_STRING Name;
    BOOLEAN Relative;
} KEY_INFO, *PKEY_INFO;

VOID Report(_In_ PCUNICODE_STRING Name);

NTSTATUS
MakeFullName(_In_ PCUNICODE_STRING Relative, _Outptr_ PUNICODE_STRING *Full)
{
    PUNICODE_STRING s = ExAllocatePoolWithTag(PagedPool, sizeof(UNICODE_STRING) + Relative->Length, NM_TAG);

    if (s == NULL) {
        *Full = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s->Buffer = (PWCH)(s + 1);
    s->Length = s->MaximumLength = Relative->Length;
    RtlCopyMemory(s->Buffer, Relative->Buffer, Relative->Length);
    *Full = s;
    return STATUS_SUCCESS;
}

VOID
ReportKey(_In_ PKEY_INFO Info)
{
    PUNICODE_STRING name;
    NTSTATUS status;

    if (!Info->Relative) {
        name = Info->Name;
    } else {
        status = MakeFullName(Info->Name, &name);
        if (!NT_SUCCESS(status)) {
            return;
        }
    }
    Report(name);
    if (name != Info->Name) {
        ExFreePoolWithTag(name, NM_TAG);
    }
}
