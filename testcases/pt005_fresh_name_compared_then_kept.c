/*
 * PT005: the name is either the caller's (Info->Name) or a fresh copy; the
 * exit frees it only when it is the caller's (the test is the wrong way
 * round), so the fresh copy always leaks. (Twin:
 * clean_fresh_name_never_equals_field.c.)
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
        status = MakeFullName(Info->Name, &name);   // expect: PT005
        if (!NT_SUCCESS(status)) {
            return;
        }
    }
    Report(name);
    if (name == Info->Name) {
        ExFreePoolWithTag(name, NM_TAG);
    }
}
