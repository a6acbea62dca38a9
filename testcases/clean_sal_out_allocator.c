/* The twin of pt005_sal_out_allocator.c: the record is freed on every path,
 * and the failed call (which allocates nothing) returns early. */
#include <ntddk.h>

NTSTATUS LibAllocateRecord(_In_ SIZE_T Size, _Outptr_result_bytebuffer_(Size) __drv_allocatesMem(Mem) PVOID *Record);
VOID LibFreeRecord(__drv_freesMem(Mem) PVOID Record);
NTSTATUS LibFillRecord(PVOID Record);

NTSTATUS LoadRecord(SIZE_T Size)
{
    PVOID record;
    NTSTATUS status = LibAllocateRecord(Size, &record);
    if (!NT_SUCCESS(status)) return status;
    if (Size < 16) {
        LibFreeRecord(record);
        return STATUS_BUFFER_TOO_SMALL;
    }
    LibFreeRecord(record);
    return STATUS_SUCCESS;
}
