/*
 * Clean: conditional frees that match conditional allocations. The buffer
 * is only allocated under a condition and only freed under the same one
 * (a BOOLEAN flag set next to the allocation, or the same unmodified
 * parameter tested twice). A path-insensitive checker reports a leak here;
 * none is real. (The stack-or-pool variant is in clean_hard_correlations.c.)
 */
#include <ntddk.h>

#define BIG_TAG 'giBC'
#define SMALL_SIZE 128

NTSTATUS
ProcessWithFlag(_In_reads_bytes_(Length) PUCHAR Data, _In_ ULONG Length)
{
    UCHAR stackBuf[SMALL_SIZE];
    PUCHAR buf = stackBuf;
    BOOLEAN allocated = FALSE;

    if (Length > SMALL_SIZE) {
        buf = ExAllocatePoolWithTag(NonPagedPoolNx, Length, BIG_TAG);
        if (buf == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        allocated = TRUE;
    }
    RtlCopyMemory(buf, Data, Length);
    DbgPrint("first byte %02x\n", buf[0]);
    if (allocated) {
        ExFreePoolWithTag(buf, BIG_TAG);
    }
    return STATUS_SUCCESS;
}

NTSTATUS
ProcessOptionalTrailer(_In_ BOOLEAN WantTrailer, _In_ ULONG Length)
{
    PUCHAR trailer = NULL;

    if (WantTrailer) {
        trailer = ExAllocatePoolWithTag(PagedPool, Length, BIG_TAG);
        if (trailer == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlZeroMemory(trailer, Length);
    }
    DbgPrint("trailer %s\n", WantTrailer ? "yes" : "no");
    if (WantTrailer) {
        ExFreePoolWithTag(trailer, BIG_TAG);
    }
    return STATUS_SUCCESS;
}
