/* An allocator of another library, seen only as a SAL declaration: the
 * annotated out parameter receives fresh memory when it succeeds. The error
 * path after a successful call leaks it. */
#include <ntddk.h>

NTSTATUS LibAllocateRecord(_In_ SIZE_T Size, _Outptr_result_bytebuffer_(Size) __drv_allocatesMem(Mem) PVOID *Record);
VOID LibFreeRecord(__drv_freesMem(Mem) PVOID Record);
NTSTATUS LibFillRecord(PVOID Record);

NTSTATUS LoadRecord(SIZE_T Size)
{
    PVOID record;
    NTSTATUS status = LibAllocateRecord(Size, &record);   // expect: PT005
    if (!NT_SUCCESS(status)) return status;
    if (Size < 16) return STATUS_BUFFER_TOO_SMALL;
    LibFreeRecord(record);
    return STATUS_SUCCESS;
}
