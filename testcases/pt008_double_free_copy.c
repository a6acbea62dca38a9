/*
 * PT008 double-free through a copy of the pointer: the request keeps the
 * buffer in `cur` while iterating, frees it through `cur`, and the common
 * exit frees the original pointer again.
 */
#include <ntddk.h>

#define PARSE_TAG 'sraP'

typedef struct _TLV {
    USHORT Type;
    USHORT Length;
} TLV, *PTLV;

NTSTATUS
ParseTlvsBad(_In_reads_bytes_(Length) PUCHAR Input, _In_ ULONG Length)
{
    PUCHAR copy, cur;
    NTSTATUS status = STATUS_SUCCESS;

    copy = ExAllocatePoolWithTag(PagedPool, Length, PARSE_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, Input, Length);
    cur = copy;
    if (((PTLV)cur)->Length > Length) {
        ExFreePoolWithTag(cur, PARSE_TAG);
        status = STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(copy, PARSE_TAG);        // expect: PT008
    return status;
}

NTSTATUS
ParseTlvsGood(_In_reads_bytes_(Length) PUCHAR Input, _In_ ULONG Length)
{
    PUCHAR copy, cur;
    NTSTATUS status = STATUS_SUCCESS;

    copy = ExAllocatePoolWithTag(PagedPool, Length, PARSE_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, Input, Length);
    cur = copy;
    if (((PTLV)cur)->Length > Length) {
        status = STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(cur, PARSE_TAG);        /* the one free, through the copy */
    return status;
}
