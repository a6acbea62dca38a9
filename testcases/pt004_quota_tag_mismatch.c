/*
 * PT004 tag-mismatch with the quota-charging allocators
 * (ExAllocatePoolWithQuotaTag, ExAllocatePoolQuotaZero,
 * ExAllocatePoolQuotaUninitialized): the free must still name the same tag.
 */
#include <ntifs.h>

#define CAP_TAG  'paCU'
#define CAP_TAG_V2 'paCV'

NTSTATUS
CaptureSidQuotaBad(_In_reads_bytes_(Length) PVOID UserSid, _In_ ULONG Length)
{
    PVOID sid = ExAllocatePoolWithQuotaTag(PagedPool, Length, CAP_TAG);

    if (sid == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(sid, UserSid, Length);
    if (!RtlValidSid(sid)) {
        ExFreePoolWithTag(sid, CAP_TAG_V2);    // expect: PT004
        return STATUS_INVALID_SID;
    }
    ExFreePoolWithTag(sid, CAP_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureSidQuotaZeroBad(_In_reads_bytes_(Length) PVOID UserSid, _In_ ULONG Length)
{
    PVOID sid = ExAllocatePoolQuotaZero(PagedPool, Length, CAP_TAG);

    if (sid == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(sid, UserSid, Length);
    ExFreePoolWithTag(sid, CAP_TAG_V2);        // expect: PT004
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureSidQuotaUninitializedBad(_In_reads_bytes_(Length) PVOID UserSid, _In_ ULONG Length)
{
    PVOID sid = ExAllocatePoolQuotaUninitialized(PagedPool, Length, CAP_TAG_V2);

    if (sid == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(sid, UserSid, Length);
    ExFreePoolWithTag(sid, CAP_TAG);           // expect: PT004
    return STATUS_SUCCESS;
}

NTSTATUS
CaptureSidQuotaGood(_In_reads_bytes_(Length) PVOID UserSid, _In_ ULONG Length)
{
    PVOID sid = ExAllocatePoolWithQuotaTag(PagedPool, Length, CAP_TAG);

    if (sid == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(sid, UserSid, Length);
    if (!RtlValidSid(sid)) {
        ExFreePoolWithTag(sid, CAP_TAG);
        return STATUS_INVALID_SID;
    }
    ExFreePoolWithTag(sid, CAP_TAG);
    return STATUS_SUCCESS;
}
