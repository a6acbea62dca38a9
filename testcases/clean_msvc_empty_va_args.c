/*
 * MSVC dialect, clean twin of msvc_empty_va_args.c: the same macros called
 * with the format alone (cl.exe drops the comma), the table freed.
 */
#include <ntddk.h>

#define VA_TAG 'aVsM'
#define LogError(Format, ...) DbgPrint("error: " Format "\n", __VA_ARGS__)
#define Fail(Status, Format, ...) (LogError(Format, __VA_ARGS__), (Status))

NTSTATUS
ReadTableFrees(_In_ ULONG Count, _Out_ PULONG *Table)
{
    PULONG table = ExAllocatePoolWithTag(NonPagedPoolNx, Count * sizeof(ULONG), VA_TAG);
    if (table == NULL) {
        LogError("no memory");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Count > 64) {
        ExFreePoolWithTag(table, VA_TAG);
        return Fail(STATUS_INVALID_PARAMETER, "too many entries");
    }
    LogError("table of %lu", Count);
    *Table = table;
    return STATUS_SUCCESS;
}
