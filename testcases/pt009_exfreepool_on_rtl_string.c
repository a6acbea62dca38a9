/*
 * PT009 wrong-free: the buffer RtlAnsiStringToUnicodeString(..., TRUE)
 * allocated belongs to the Rtl string family; free it with
 * RtlFreeUnicodeString, not ExFreePool on .Buffer.
 */
#include <ntddk.h>

NTSTATUS
ReportValueNameBad(_In_ PCSZ Ansi)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    NTSTATUS status;

    RtlInitAnsiString(&a, Ansi);
    status = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DbgPrint("value %wZ\n", &u);
    ExFreePool(u.Buffer);                        // expect: PT009
    return STATUS_SUCCESS;
}

NTSTATUS
ReportValueNameGood(_In_ PCSZ Ansi)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    NTSTATUS status;

    RtlInitAnsiString(&a, Ansi);
    status = RtlAnsiStringToUnicodeString(&u, &a, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    DbgPrint("value %wZ\n", &u);
    RtlFreeUnicodeString(&u);
    return STATUS_SUCCESS;
}
