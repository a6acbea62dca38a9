/*
 * PT005 leak: the second allocation fails and the function returns without
 * freeing the first. The classic error path that only Driver Verifier's low
 * resources simulation ever walks.
 */
#include <ntddk.h>

#define BUF_TAG 'fuBE'

typedef struct _XFER_PAIR {
    PVOID InBuf;
    PVOID OutBuf;
} XFER_PAIR, *PXFER_PAIR;

NTSTATUS
XferPairAllocBad(_In_ PXFER_PAIR Pair, _In_ SIZE_T Size)
{
    PVOID in, out;

    in = ExAllocatePoolWithTag(NonPagedPoolNx, Size, BUF_TAG);     // expect: PT005
    if (in == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    out = ExAllocatePoolWithTag(NonPagedPoolNx, Size, BUF_TAG);
    if (out == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;      /* 'in' is lost here */
    }
    Pair->InBuf = in;
    Pair->OutBuf = out;
    return STATUS_SUCCESS;
}

NTSTATUS
XferPairAllocGood(_In_ PXFER_PAIR Pair, _In_ SIZE_T Size)
{
    PVOID in, out;

    in = ExAllocatePoolWithTag(NonPagedPoolNx, Size, BUF_TAG);
    if (in == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    out = ExAllocatePoolWithTag(NonPagedPoolNx, Size, BUF_TAG);
    if (out == NULL) {
        ExFreePoolWithTag(in, BUF_TAG);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Pair->InBuf = in;
    Pair->OutBuf = out;
    return STATUS_SUCCESS;
}

/* Validation after the allocation returns early without the free. */
NTSTATUS
XferCopyValidateBad(_In_reads_bytes_(Size) PVOID Source, _In_ SIZE_T Size)
{
    PUCHAR copy;

    copy = ExAllocatePoolWithTag(PagedPool, Size, BUF_TAG);        // expect: PT005
    if (!copy) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(copy, Source, Size);
    if (copy[0] != 0x4D || copy[1] != 0x5A) {
        return STATUS_INVALID_IMAGE_FORMAT;
    }
    DbgPrint("image header ok\n");
    ExFreePoolWithTag(copy, BUF_TAG);
    return STATUS_SUCCESS;
}
