/*
 * PT005 leak of the destination buffers RtlUpcaseUnicodeString and
 * RtlUnicodeStringToAnsiString allocate when AllocateDestinationString is
 * TRUE (freed with RtlFreeUnicodeString / RtlFreeAnsiString). Each Bad
 * function loses the buffer on one path after the conversion succeeded.
 */
#include <ntddk.h>

NTSTATUS
MatchUpcasedBad(_In_ PCUNICODE_STRING Name, _In_ PCUNICODE_STRING Prefix, _Out_ PBOOLEAN Match)
{
    UNICODE_STRING upper;
    NTSTATUS status;

    status = RtlUpcaseUnicodeString(&upper, Name, TRUE);           // expect: PT005
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (upper.Length < Prefix->Length) {
        *Match = FALSE;
        return STATUS_SUCCESS;                  /* upper.Buffer leaks */
    }
    *Match = RtlPrefixUnicodeString(Prefix, &upper, FALSE);
    RtlFreeUnicodeString(&upper);
    return STATUS_SUCCESS;
}

NTSTATUS
LogAsAnsiBad(_In_ PCUNICODE_STRING Name)
{
    ANSI_STRING ansi;
    NTSTATUS status;

    status = RtlUnicodeStringToAnsiString(&ansi, Name, TRUE);       // expect: PT005
    if (NT_SUCCESS(status)) {
        DbgPrint("name: %Z\n", &ansi);
    }
    return status;
}

NTSTATUS
MatchUpcasedGood(_In_ PCUNICODE_STRING Name, _In_ PCUNICODE_STRING Prefix, _Out_ PBOOLEAN Match)
{
    UNICODE_STRING upper;
    NTSTATUS status;

    status = RtlUpcaseUnicodeString(&upper, Name, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Match = upper.Length >= Prefix->Length && RtlPrefixUnicodeString(Prefix, &upper, FALSE);
    RtlFreeUnicodeString(&upper);
    return STATUS_SUCCESS;
}
