/*
 * PT008 double-free of an Rtl-allocated string: RtlFreeUnicodeString in the
 * error branch and again at the common exit. RtlFreeUnicodeString does zero
 * the Buffer field, but only of the string it was given: here the second
 * free goes through a copy of the UNICODE_STRING taken before the first.
 */
#include <ntddk.h>

NTSTATUS
ResolveNameBad(_In_ PCSZ AnsiName, _Out_ PULONG Hash)
{
    ANSI_STRING a;
    UNICODE_STRING u, saved;
    NTSTATUS status;

    RtlInitAnsiString(&a, AnsiName);
    status = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    saved = u;
    status = RtlHashUnicodeString(&u, TRUE, HASH_STRING_ALGORITHM_DEFAULT, Hash);
    if (!NT_SUCCESS(status)) {
        RtlFreeUnicodeString(&u);
    }
    RtlFreeUnicodeString(&saved);                              // expect: PT008
    return status;
}

NTSTATUS
ResolveNameGood(_In_ PCSZ AnsiName, _Out_ PULONG Hash)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    NTSTATUS status;

    RtlInitAnsiString(&a, AnsiName);
    status = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = RtlHashUnicodeString(&u, TRUE, HASH_STRING_ALGORITHM_DEFAULT, Hash);
    RtlFreeUnicodeString(&u);
    return status;
}
