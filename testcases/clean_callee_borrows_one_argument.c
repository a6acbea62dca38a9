/* Twin of pt005_callee_borrows_one_argument.c: the error path frees the
 * buffer the callee only read into; the callee that stores its argument in
 * the volume keeps it (a hand-over). */
#include <ntddk.h>

typedef struct _VOLUME {
    PVOID Context;
    PUCHAR Cached;
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

NTSTATUS CacheRecord(PVOLUME Volume, ULONG Index, PUCHAR Record)
{
    NTSTATUS status = ReadFromDisk(Volume->Context, Index, NULL, 0);
    if (!NT_SUCCESS(status)) return status;
    Volume->Cached = Record;
    return STATUS_SUCCESS;
}

PUCHAR LoadRootRecord(PVOLUME Volume)
{
    PUCHAR record = ExAllocatePoolWithTag(NonPagedPoolNx, Volume->RecordSize, 'ceRV');
    if (record == NULL) return NULL;
    if (!NT_SUCCESS(ReadRecord(Volume, 5, record))) {
        ExFreePoolWithTag(record, 'ceRV');
        return NULL;
    }
    return record;
}

NTSTATUS CacheRootRecord(PVOLUME Volume)
{
    PUCHAR record = ExAllocatePoolWithTag(NonPagedPoolNx, Volume->RecordSize, 'ceRV');
    if (record == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    return CacheRecord(Volume, 5, record);
}
