/*
 * PT005 leak with the quota-charging allocators: a quota leak is charged to
 * the calling process until reboot. ExAllocatePoolWithQuotaTag,
 * ExAllocatePoolQuotaZero, ExAllocatePoolQuotaUninitialized.
 */
#include <ntddk.h>

#define CAPT_TAG 'tpaC'

NTSTATUS
CaptureQuotaTagBad(_In_reads_bytes_(Length) PVOID UserData, _In_ ULONG Length)
{
    PUCHAR copy = ExAllocatePoolWithQuotaTag(PagedPool, Length, CAPT_TAG);  // expect: PT005

    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, UserData, Length);
    if (copy[0] == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(copy, CAPT_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureQuotaZeroBad(_In_reads_bytes_(Length) PVOID UserData, _In_ ULONG Length)
{
    PUCHAR copy = ExAllocatePoolQuotaZero(PagedPool, Length, CAPT_TAG);    // expect: PT005

    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, UserData, Length);
    if (copy[0] == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(copy, CAPT_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureQuotaUninitializedBad(_In_reads_bytes_(Length) PVOID UserData, _In_ ULONG Length)
{
    PUCHAR copy = ExAllocatePoolQuotaUninitialized(PagedPool, Length, CAPT_TAG); // expect: PT005

    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, UserData, Length);
    if (copy[0] == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePool(copy);
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureQuotaGood(_In_reads_bytes_(Length) PVOID UserData, _In_ ULONG Length)
{
    NTSTATUS status;
    PUCHAR copy = ExAllocatePoolWithQuotaTag(PagedPool, Length, CAPT_TAG);

    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, UserData, Length);
    status = copy[0] == 0 ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS;
    ExFreePoolWithTag(copy, CAPT_TAG);
    return status;
}
