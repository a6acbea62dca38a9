/*
 * MSVC dialect: cl.exe drops the comma before an empty __VA_ARGS__, so
 * `#define LogError(Format, ...) DbgPrint(Format, __VA_ARGS__)` is called
 * with the format alone. clang needs -fms-compatibility for that; without it
 * the call is `DbgPrint("...",)`, a parse error, and the function is not
 * path-analysed. The clean twin is clean_msvc_empty_va_args.c.
 */
#include <ntddk.h>

#define VA_TAG 'aVsM'
#define LogError(Format, ...) DbgPrint("error: " Format "\n", __VA_ARGS__)
#define Fail(Status, Format, ...) (LogError(Format, __VA_ARGS__), (Status))

NTSTATUS
ReadTableLeaks(_In_ ULONG Count, _Out_ PULONG *Table)
{
    PULONG table = ExAllocatePoolWithTag(NonPagedPoolNx, Count * sizeof(ULONG), VA_TAG);   // expect: PT005
    if (table == NULL) {
        LogError("no memory");
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Count > 64) {
        return Fail(STATUS_INVALID_PARAMETER, "too many entries");   /* table leaks */
    }
    LogError("table of %lu", Count);
    *Table = table;
    return STATUS_SUCCESS;
}
