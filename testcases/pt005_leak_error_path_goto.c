/*
 * PT005 leak with goto cleanup: the cleanup label frees the key buffer but
 * forgets the value buffer, so every failure after the second allocation
 * leaks it. The Good twin frees both under the usual NULL checks.
 */
#include <ntddk.h>

#define REG_TAG 'geRP'

NTSTATUS
ReadRegistryDwordBad(_In_ PCUNICODE_STRING RegistryPath, _In_ PCWSTR ValueName,
                     _Out_ PULONG Value)
{
    NTSTATUS status;
    OBJECT_ATTRIBUTES oa;
    HANDLE key = NULL;
    UNICODE_STRING name;
    PKEY_VALUE_PARTIAL_INFORMATION info = NULL;
    PWCHAR path = NULL;
    ULONG resultLength;

    path = ExAllocatePoolWithTag(PagedPool, RegistryPath->Length + sizeof(WCHAR), REG_TAG);
    if (path == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlCopyMemory(path, RegistryPath->Buffer, RegistryPath->Length);
    path[RegistryPath->Length / sizeof(WCHAR)] = L'\0';

    info = ExAllocatePoolWithTag(PagedPool, sizeof(*info) + sizeof(ULONG), REG_TAG); // expect: PT005
    if (info == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlInitUnicodeString(&name, path);
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &oa);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    RtlInitUnicodeString(&name, ValueName);
    status = ZwQueryValueKey(key, &name, KeyValuePartialInformation, info,
                             sizeof(*info) + sizeof(ULONG), &resultLength);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    if (info->Type != REG_DWORD || info->DataLength != sizeof(ULONG)) {
        status = STATUS_OBJECT_TYPE_MISMATCH;
        goto Cleanup;
    }
    *Value = *(PULONG)info->Data;
    ExFreePoolWithTag(info, REG_TAG);
    info = NULL;

Cleanup:
    if (key != NULL) {
        ZwClose(key);
    }
    if (path != NULL) {
        ExFreePoolWithTag(path, REG_TAG);
    }
    return status;
}

NTSTATUS
ReadRegistryDwordGood(_In_ PCUNICODE_STRING RegistryPath, _In_ PCWSTR ValueName,
                      _Out_ PULONG Value)
{
    NTSTATUS status;
    OBJECT_ATTRIBUTES oa;
    HANDLE key = NULL;
    UNICODE_STRING name;
    PKEY_VALUE_PARTIAL_INFORMATION info = NULL;
    PWCHAR path = NULL;
    ULONG resultLength;

    path = ExAllocatePoolWithTag(PagedPool, RegistryPath->Length + sizeof(WCHAR), REG_TAG);
    if (path == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlCopyMemory(path, RegistryPath->Buffer, RegistryPath->Length);
    path[RegistryPath->Length / sizeof(WCHAR)] = L'\0';

    info = ExAllocatePoolWithTag(PagedPool, sizeof(*info) + sizeof(ULONG), REG_TAG);
    if (info == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Cleanup;
    }
    RtlInitUnicodeString(&name, path);
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    status = ZwOpenKey(&key, KEY_READ, &oa);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    RtlInitUnicodeString(&name, ValueName);
    status = ZwQueryValueKey(key, &name, KeyValuePartialInformation, info,
                             sizeof(*info) + sizeof(ULONG), &resultLength);
    if (!NT_SUCCESS(status)) {
        goto Cleanup;
    }
    if (info->Type != REG_DWORD || info->DataLength != sizeof(ULONG)) {
        status = STATUS_OBJECT_TYPE_MISMATCH;
        goto Cleanup;
    }
    *Value = *(PULONG)info->Data;

Cleanup:
    if (key != NULL) {
        ZwClose(key);
    }
    if (info != NULL) {
        ExFreePoolWithTag(info, REG_TAG);
    }
    if (path != NULL) {
        ExFreePoolWithTag(path, REG_TAG);
    }
    return status;
}
