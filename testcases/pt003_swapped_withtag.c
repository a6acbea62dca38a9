/*
 * PT003 tag-size-swap: the tag went into the size parameter and the size
 * into the tag. 'ceRV' as a size asks for ~1.4 GB (the allocation usually
 * fails), and the block carries the tag 0x30. Freed with ExFreePool so no
 * tag-mismatch muddies the case.
 */
#include <ntddk.h>

#define VREC_TAG 'ceRV'

typedef struct _VOLUME_RECORD {
    LIST_ENTRY Link;
    ULONG SerialNumber;
    ULONG Flags;
    LARGE_INTEGER Size;
} VOLUME_RECORD, *PVOLUME_RECORD;

NTSTATUS
VolRecordProbeBad(_In_ ULONG Serial)
{
    PVOLUME_RECORD rec;

    rec = ExAllocatePoolWithTag(NonPagedPoolNx, VREC_TAG, sizeof(VOLUME_RECORD)); // expect: PT003
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->SerialNumber = Serial;
    DbgPrint("volume %08x\n", rec->SerialNumber);
    ExFreePool(rec);
    return STATUS_SUCCESS;
}

NTSTATUS
VolRecordProbeLiteralBad(_In_ ULONG Serial)
{
    PVOLUME_RECORD rec;

    rec = ExAllocatePoolWithTag(NonPagedPoolNx, 'ceRV', 64);    // expect: PT003
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->SerialNumber = Serial;
    ExFreePool(rec);
    return STATUS_SUCCESS;
}

NTSTATUS
VolRecordProbeGood(_In_ ULONG Serial)
{
    PVOLUME_RECORD rec;

    rec = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(VOLUME_RECORD), VREC_TAG);
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->SerialNumber = Serial;
    DbgPrint("volume %08x\n", rec->SerialNumber);
    ExFreePoolWithTag(rec, VREC_TAG);
    return STATUS_SUCCESS;
}

/* A size that happens to be large is not a swap: 0x10000 is not four
 * printable characters. */
NTSTATUS
VolRecordBigBufferGood(VOID)
{
    PUCHAR buf = ExAllocatePoolWithTag(PagedPool, 0x10000, VREC_TAG);

    if (buf == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlFillMemory(buf, 0x10000, 0xCC);
    ExFreePoolWithTag(buf, VREC_TAG);
    return STATUS_SUCCESS;
}
