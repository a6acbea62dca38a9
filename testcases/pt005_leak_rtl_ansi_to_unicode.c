/*
 * PT005 leak of the buffer RtlAnsiStringToUnicodeString allocates when
 * AllocateDestinationString is TRUE: it must be released with
 * RtlFreeUnicodeString once the conversion succeeded. Reported at the
 * conversion call. With FALSE nothing is allocated.
 */
#include <ntddk.h>

NTSTATUS
OpenByAnsiNameBad(_In_ PCSZ AnsiName, _Out_ PHANDLE Handle)
{
    ANSI_STRING ansi;
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES oa;
    IO_STATUS_BLOCK iosb;
    NTSTATUS status;

    RtlInitAnsiString(&ansi, AnsiName);
    status = RtlAnsiStringToUnicodeString(&name, &ansi, TRUE);     // expect: PT005
    if (!NT_SUCCESS(status)) {
        return status;
    }
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(Handle, GENERIC_READ | SYNCHRONIZE, &oa, &iosb, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (!NT_SUCCESS(status)) {
        return status;                          /* name.Buffer leaks */
    }
    RtlFreeUnicodeString(&name);
    return STATUS_SUCCESS;
}

NTSTATUS
OpenByAnsiNameGood(_In_ PCSZ AnsiName, _Out_ PHANDLE Handle)
{
    ANSI_STRING ansi;
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES oa;
    IO_STATUS_BLOCK iosb;
    NTSTATUS status;

    RtlInitAnsiString(&ansi, AnsiName);
    status = RtlAnsiStringToUnicodeString(&name, &ansi, TRUE);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwCreateFile(Handle, GENERIC_READ | SYNCHRONIZE, &oa, &iosb, NULL,
                          FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN,
                          FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    RtlFreeUnicodeString(&name);
    return status;
}

NTSTATUS
PrintAnsiNameNoFreeBad(_In_ PCSZ AnsiName)
{
    ANSI_STRING ansi;
    UNICODE_STRING name;

    RtlInitAnsiString(&ansi, AnsiName);
    if (NT_SUCCESS(RtlAnsiStringToUnicodeString(&name, &ansi, TRUE))) {    // expect: PT005
        DbgPrint("name: %wZ\n", &name);
    }
    return STATUS_SUCCESS;
}

/* Caller-supplied destination (FALSE): nothing to free. */
NTSTATUS
PrintAnsiNameFixedBufferGood(_In_ PCSZ AnsiName)
{
    ANSI_STRING ansi;
    UNICODE_STRING name;
    WCHAR buffer[64];
    NTSTATUS status;

    RtlInitAnsiString(&ansi, AnsiName);
    RtlInitEmptyUnicodeString(&name, buffer, sizeof(buffer));
    status = RtlAnsiStringToUnicodeString(&name, &ansi, FALSE);
    if (NT_SUCCESS(status)) {
        DbgPrint("name: %wZ\n", &name);
    }
    return status;
}
