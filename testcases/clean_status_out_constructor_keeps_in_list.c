/*
 * Clean: ChunkCreate hands the new chunk out through *Chunk on success, but
 * it also links it into the volume's chunk list, which owns it. A caller
 * that drops its pointer leaks nothing. (ChunkCreate hands the volume to
 * code the run cannot see, so it is no helper that only reads or fills.)
 */
#include <ntddk.h>

#define CHUNK_TAG 'knhC'

typedef struct _CHUNK {
    LIST_ENTRY Link;
    ULONGLONG Offset;
} CHUNK, *PCHUNK;

typedef struct _VOLUME {
    LIST_ENTRY Chunks;
    ULONG Flags;
} VOLUME, *PVOLUME;

VOID VolumeMarkDirty(_Inout_ PVOLUME Volume);

NTSTATUS
ChunkCreate(_Inout_ PVOLUME Volume, _In_ ULONGLONG Offset, _Out_ PCHUNK *Chunk)
{
    PCHUNK c = ExAllocatePoolZero(NonPagedPoolNx, sizeof(CHUNK), CHUNK_TAG);

    if (c == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    c->Offset = Offset;
    InsertTailList(&Volume->Chunks, &c->Link);
    VolumeMarkDirty(Volume);
    *Chunk = c;
    return STATUS_SUCCESS;
}

NTSTATUS
VolumeGrow(_Inout_ PVOLUME Volume, _In_ ULONGLONG Offset)
{
    PCHUNK c;
    NTSTATUS status = ChunkCreate(Volume, Offset, &c);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Volume->Flags & 1) {
        return STATUS_MORE_ENTRIES;
    }
    return STATUS_SUCCESS;
}
