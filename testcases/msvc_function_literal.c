/*
 * MSVC dialect: cl.exe's __FUNCTION__, __func__ and __FUNCSIG__ are string
 * literals, so logging macros concatenate them ("[" __FUNCTION__ "] ").
 * clang 14 refuses that; without the dialect layer every function that logs
 * so has a parse error and is not path-analysed, and the leaks below are not
 * found. The clean twin is clean_msvc_function_literal.c.
 */
#include <ntddk.h>

#define LOG_TAG 'gLsM'
#define LOG_HEADER "[" __FUNCTION__ "] "
#define LogInfo(Format, ...) DbgPrint(LOG_HEADER Format "\n", __VA_ARGS__)
#define LogSig(Msg) DbgPrint(__FUNCSIG__ ": " Msg "\n")

NTSTATUS
CopyNameLeaks(_In_ PCUNICODE_STRING Name, _Out_ PWCHAR *Copy)
{
    PWCHAR buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Name->Length, LOG_TAG);   // expect: PT005
    if (buffer == NULL) {
        LogInfo("no memory for %wZ", Name);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Name->Length == 0) {
        LogInfo("empty name %d", 0);
        return STATUS_INVALID_PARAMETER;    /* buffer leaks */
    }
    RtlCopyMemory(buffer, Name->Buffer, Name->Length);
    *Copy = buffer;
    return STATUS_SUCCESS;
}

VOID
ProbeLeaks(_In_ ULONG Size)
{
    PVOID p = ExAllocatePoolWithTag(PagedPool, Size, LOG_TAG);   // expect: PT005
    if (p == NULL) {
        LogSig("no memory");
        return;
    }
    DbgPrint("%s: " __func__ " got %p\n", __FUNCTION__, p);
}
