/*
 * PT002 missing-tag: ExAllocatePoolWithQuota charges the caller's process
 * and has no tag; ExAllocatePoolWithQuotaTag with a real tag is the fix.
 */
#include <ntddk.h>

#define QBUF_TAG 'fuBQ'

NTSTATUS
CaptureUserBufferBad(_In_reads_bytes_(Length) PVOID UserBuffer, _In_ ULONG Length,
                     _Outptr_ PVOID *Captured)
{
    PVOID copy;

    copy = ExAllocatePoolWithQuota(PagedPool, Length);    // expect: PT002
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        ProbeForRead(UserBuffer, Length, sizeof(UCHAR));
        RtlCopyMemory(copy, UserBuffer, Length);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        ExFreePool(copy);
        return GetExceptionCode();
    }
    *Captured = copy;
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureUserBufferQuotaTagZeroBad(_In_reads_bytes_(Length) PVOID UserBuffer,
                                 _In_ ULONG Length, _Outptr_ PVOID *Captured)
{
    PVOID copy;

    copy = ExAllocatePoolWithQuotaTag(PagedPool, Length, 0);    // expect: PT002
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        ProbeForRead(UserBuffer, Length, sizeof(UCHAR));
        RtlCopyMemory(copy, UserBuffer, Length);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        ExFreePool(copy);
        return GetExceptionCode();
    }
    *Captured = copy;
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureUserBufferGood(_In_reads_bytes_(Length) PVOID UserBuffer, _In_ ULONG Length,
                      _Outptr_ PVOID *Captured)
{
    PVOID copy;

    copy = ExAllocatePoolWithQuotaTag(PagedPool, Length, QBUF_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    __try {
        ProbeForRead(UserBuffer, Length, sizeof(UCHAR));
        RtlCopyMemory(copy, UserBuffer, Length);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        ExFreePoolWithTag(copy, QBUF_TAG);
        return GetExceptionCode();
    }
    *Captured = copy;
    return STATUS_SUCCESS;
}
