/* ReadRecord hands its volume's context on to a routine the run cannot see,
 * but only reads into the buffer it is given: callers keep owning the
 * buffer, and the error path that returns after it leaks (it used to count
 * as a hand-over, since ReadRecord is not a helper that keeps nothing). */
#include <ntddk.h>

typedef struct _VOLUME {
    PVOID Context;
    ULONG RecordSize;
} VOLUME, *PVOLUME;

NTSTATUS ReadFromDisk(PVOID Context, ULONG Index, PVOID Buffer, ULONG Length);

NTSTATUS ReadRecord(PVOLUME Volume, ULONG Index, PUCHAR Record)
{
    NTSTATUS status = ReadFromDisk(Volume->Context, Index, NULL, 0);
    if (!NT_SUCCESS(status)) return status;
    RtlZeroMemory(Record, Volume->RecordSize);
    if (Record[0] != 0x46) return STATUS_DISK_CORRUPT_ERROR;
    return STATUS_SUCCESS;
}

PUCHAR LoadRootRecord(PVOLUME Volume)
{
    PUCHAR record = ExAllocatePoolWithTag(NonPagedPoolNx, Volume->RecordSize, 'ceRV');   // expect: PT005
    if (record == NULL) return NULL;
    if (!NT_SUCCESS(ReadRecord(Volume, 5, record))) return NULL;
    return record;
}
