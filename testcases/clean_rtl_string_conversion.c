/*
 * Clean: Rtl string conversions. With AllocateDestinationString TRUE the
 * buffer exists only when the call succeeded, so the failure return needs
 * no free; success paths call RtlFreeUnicodeString / RtlFreeAnsiString.
 * With FALSE the caller's buffer is used and nothing is allocated.
 */
#include <ntddk.h>

NTSTATUS
CompareAnsiName(_In_ PCSZ Ansi, _In_ PCUNICODE_STRING Expected, _Out_ PBOOLEAN Equal)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    NTSTATUS status;

    RtlInitAnsiString(&a, Ansi);
    status = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Equal = RtlEqualUnicodeString(&u, Expected, TRUE);
    RtlFreeUnicodeString(&u);
    return STATUS_SUCCESS;
}

NTSTATUS
UnicodeToAnsiForLog(_In_ PCUNICODE_STRING Name)
{
    ANSI_STRING a;
    NTSTATUS status;

    status = RtlUnicodeStringToAnsiString(&a, Name, TRUE);
    if (NT_SUCCESS(status)) {
        DbgPrint("name: %Z\n", &a);
        RtlFreeAnsiString(&a);
    }
    return status;
}

NTSTATUS
UpcaseCompare(_In_ PCUNICODE_STRING Name, _In_ PCUNICODE_STRING Upper, _Out_ PBOOLEAN Equal)
{
    UNICODE_STRING up;
    NTSTATUS status = RtlUpcaseUnicodeString(&up, Name, TRUE);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Equal = RtlEqualUnicodeString(&up, Upper, FALSE);
    RtlFreeUnicodeString(&up);
    return STATUS_SUCCESS;
}

NTSTATUS
ConvertIntoFixedBuffer(_In_ PCSZ Ansi)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    WCHAR storage[40];
    NTSTATUS status;

    RtlInitAnsiString(&a, Ansi);
    RtlInitEmptyUnicodeString(&u, storage, sizeof(storage));
    status = RtlAnsiStringToUnicodeString(&u, &a, FALSE);
    if (NT_SUCCESS(status)) {
        DbgPrint("converted: %wZ\n", &u);
    }
    return status;
}
